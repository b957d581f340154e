import rule from '../../../../src/core/secrets/rules/newrelic-browser-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const token = ['NRJS-', fake(HEX, 19, 'nrjs')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `NEW_RELIC_BROWSER_KEY=${token}`, secret: token },
    { text: `  licenseKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `window.NREUM.loader_config = { licenseKey: "${token}" };`, secret: token, file: 'public/nr.js' },
  ],
  ignores: [
    { text: `NEW_RELIC_BROWSER_KEY=NRJS-${'0'.repeat(19)}`, why: 'placeholder' },
    { text: `NEW_RELIC_BROWSER_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `NEW_RELIC_BROWSER_KEY=\${NEW_RELIC_BROWSER_KEY}`, why: 'reference' },
  ],
});
