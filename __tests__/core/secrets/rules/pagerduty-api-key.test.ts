import rule from '../../../../src/core/secrets/rules/pagerduty-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const secret = fake(ALNUM + '_+-', 20, 'pagerduty');

describeSecretRule(rule, {
  matches: [
    { text: `PAGERDUTY_API_KEY=${secret}`, secret },
    { text: `  pagerdutyToken: "${secret}"`, secret, file: 'config.yaml' },
    { text: `pagerduty_api_key = "${secret}"`, secret, file: 'oncall.py' },
  ],
  ignores: [
    { text: `PAGERDUTY_API_KEY=${'x'.repeat(20)}`, why: 'placeholder' },
    { text: `PAGERDUTY_API_KEY=\${PAGERDUTY_API_KEY}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
    { text: `PAGERDUTY_API_KEY=y_NbAkKc66ryYTWUXYEu`, why: 'documented example key' },
  ],
});
