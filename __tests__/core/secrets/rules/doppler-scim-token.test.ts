import rule from '../../../../src/core/secrets/rules/doppler-scim-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('doppler-scim-token');
const token = ['dp', 'scim', t.alnum(43)].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `DOPPLER_SCIM_TOKEN=${token}`, secret: token },
    { text: `{"scim_token": "${token}"}`, secret: token, file: 'idp.json' },
  ],
  ignores: [
    { text: `DOPPLER_SCIM_TOKEN=dp.scim.${'x'.repeat(43)}`, why: 'placeholder' },
    { text: 'DOPPLER_SCIM_TOKEN=dp.scim.<token>', why: 'placeholder in brackets' },
  ],
});
