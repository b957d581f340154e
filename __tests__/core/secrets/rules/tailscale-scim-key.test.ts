import rule from '../../../../src/core/secrets/rules/tailscale-scim-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('tailscale-scim-key');
const token = ['tskey', 'scim', `k${t.alnum(6)}CNTRL`, t.alnum(32)].join('-');

describeSecretRule(rule, {
  matches: [
    { text: `SCIM_TOKEN=${token}`, secret: token },
    { text: `{"scimToken": "${token}"}`, secret: token, file: 'okta-app.json' },
  ],
  ignores: [
    { text: 'SCIM_TOKEN=tskey-scim-<your-key>', why: 'placeholder' },
    { text: `SCIM_TOKEN=tskey-scim-${t.alnum(8)}`, why: 'no secret part' },
  ],
});
