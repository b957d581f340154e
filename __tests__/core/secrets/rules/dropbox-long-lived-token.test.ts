import rule from '../../../../src/core/secrets/rules/dropbox-long-lived-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('dropbox-long-lived-token');
const token = [t.alnum(11), 'A'.repeat(10), t.base64url(43)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `DROPBOX_TOKEN=${token}`, secret: token },
    { text: `  dropbox_token: "${token}"`, secret: token, file: 'rclone.yaml' },
  ],
  ignores: [
    { text: `TOKEN=${token}`, why: 'no mention of Dropbox' },
    { text: `DROPBOX_TOKEN=${t.alnum(11)}${'A'.repeat(10)}${t.base64url(20)}`, why: 'too short' },
  ],
});
