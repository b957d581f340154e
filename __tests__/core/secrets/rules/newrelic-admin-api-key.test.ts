import rule from '../../../../src/core/secrets/rules/newrelic-admin-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const token = ['NRAA-', fake(HEX, 27, 'nraa')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `NEW_RELIC_ADMIN_KEY=${token}`, secret: token },
    { text: `  adminKey: "${token}"`, secret: token, file: 'config.yaml' },
  ],
  ignores: [
    { text: `NEW_RELIC_ADMIN_KEY=NRAA-${'0'.repeat(27)}`, why: 'placeholder' },
    { text: `NEW_RELIC_ADMIN_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `NEW_RELIC_ADMIN_KEY=\${NEW_RELIC_ADMIN_KEY}`, why: 'reference' },
  ],
});
