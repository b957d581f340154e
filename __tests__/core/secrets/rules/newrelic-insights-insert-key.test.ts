import rule from '../../../../src/core/secrets/rules/newrelic-insights-insert-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['NRII-', fake(BASE64URL, 32, 'nrii')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `NEW_RELIC_INSERT_KEY=${token}`, secret: token },
    { text: `  insertKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `curl -H "X-Insert-Key: ${token}" https://insights-collector.newrelic.com/v1/accounts/1/events`, secret: token, file: 'events.sh' },
  ],
  ignores: [
    { text: `NEW_RELIC_INSERT_KEY=NRII-${'x'.repeat(32)}`, why: 'placeholder' },
    { text: `NEW_RELIC_INSERT_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `NEW_RELIC_INSERT_KEY=\${NEW_RELIC_INSERT_KEY}`, why: 'reference' },
  ],
});
