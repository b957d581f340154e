import rule from '../../../../src/core/secrets/rules/datadog-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const secret = fake(HEX, 32, 'datadog-api');

describeSecretRule(rule, {
  matches: [
    { text: `DD_API_KEY=${secret}`, secret },
    { text: `  datadogApiKey: "${secret}"`, secret, file: 'config.yaml' },
    { text: `options = {"datadog_api_key": "${secret}"}`, secret, file: 'metrics.py' },
  ],
  ignores: [
    { text: `DD_API_KEY=${'0'.repeat(32)}`, why: 'placeholder' },
    { text: `DD_API_KEY=\${DD_API_KEY}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
    { text: `DD_APP_KEY=${fake(HEX, 40, 'app')}`, why: 'application key (40 hex, other rule)' },
  ],
});
