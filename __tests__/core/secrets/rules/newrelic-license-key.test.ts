import rule from '../../../../src/core/secrets/rules/newrelic-license-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const token = [fake(HEX, 36, 'nral'), 'NRAL'].join('');
const eu = ['eu01xx', fake(HEX, 30, 'nral-eu'), 'NRAL'].join('');

describeSecretRule(rule, {
  matches: [
    { text: `NEW_RELIC_LICENSE_KEY=${token}`, secret: token },
    { text: `  license_key: "${token}"`, secret: token, file: 'newrelic.yml' },
    { text: `newrelic.license_key = '${token}'`, secret: token, file: 'newrelic.ini' },
    { text: `NEW_RELIC_LICENSE_KEY=${eu}`, secret: eu },
  ],
  ignores: [
    { text: `NEW_RELIC_LICENSE_KEY=${'0'.repeat(36)}NRAL`, why: 'placeholder' },
    { text: `NEW_RELIC_LICENSE_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `NEW_RELIC_LICENSE_KEY=\${NEW_RELIC_LICENSE_KEY}`, why: 'reference' },
  ],
});
