import rule from '../../../../src/core/secrets/rules/newrelic-license-key-legacy';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const secret = fake(HEX, 40, 'nr-legacy');

describeSecretRule(rule, {
  matches: [
    { text: `NEW_RELIC_LICENSE_KEY=${secret}`, secret },
    { text: `  newRelicLicenseKey: "${secret}"`, secret, file: 'config.yaml' },
    { text: `NewRelic.license_key = '${secret}'`, secret, file: 'nr.rb' },
  ],
  ignores: [
    { text: `NEW_RELIC_LICENSE_KEY=${'0'.repeat(40)}`, why: 'placeholder' },
    { text: `NEW_RELIC_LICENSE_KEY=\${NEW_RELIC_LICENSE_KEY}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
  ],
});
