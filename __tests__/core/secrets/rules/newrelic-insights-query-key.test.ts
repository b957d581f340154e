import rule from '../../../../src/core/secrets/rules/newrelic-insights-query-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['NRIQ-', fake(BASE64URL, 32, 'nriq')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `NEW_RELIC_QUERY_KEY=${token}`, secret: token },
    { text: `  queryKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `curl -H "X-Query-Key: ${token}" "https://insights-api.newrelic.com/v1/accounts/1/query?nrql=SELECT+1"`, secret: token, file: 'query.sh' },
  ],
  ignores: [
    { text: `NEW_RELIC_QUERY_KEY=NRIQ-${'x'.repeat(32)}`, why: 'placeholder' },
    { text: `NEW_RELIC_QUERY_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `NEW_RELIC_QUERY_KEY=\${NEW_RELIC_QUERY_KEY}`, why: 'reference' },
  ],
});
