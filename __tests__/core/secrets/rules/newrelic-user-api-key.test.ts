import rule from '../../../../src/core/secrets/rules/newrelic-user-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { UPPER_ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['NRAK-', fake(UPPER_ALNUM, 27, 'nrak')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `NEW_RELIC_API_KEY=${token}`, secret: token },
    { text: `  apiKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `curl -H "API-Key: ${token}" https://api.newrelic.com/graphql`, secret: token, file: 'nr.sh' },
  ],
  ignores: [
    { text: `NEW_RELIC_API_KEY=NRAK-${'X'.repeat(27)}`, why: 'placeholder' },
    { text: `NEW_RELIC_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `NEW_RELIC_API_KEY=\${NEW_RELIC_API_KEY}`, why: 'reference' },
  ],
});
