import rule from '../../../../src/core/secrets/rules/datadog-app-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const secret = fake(HEX, 40, 'datadog-app');

describeSecretRule(rule, {
  matches: [
    { text: `DD_APP_KEY=${secret}`, secret },
    { text: `  datadogAppKey: "${secret}"`, secret, file: 'config.yaml' },
    { text: `export DD_APPLICATION_KEY="${secret}"`, secret, file: 'dd.sh' },
  ],
  ignores: [
    { text: `DD_APP_KEY=${'0'.repeat(40)}`, why: 'placeholder' },
    { text: `DD_APP_KEY=\${DD_APP_KEY}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
  ],
});
