import rule from '../../../../src/core/secrets/rules/bitwarden-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('bitwarden-access-token');
const token = `0.${t.uuid()}.${t.alnum(30)}:${t.base64(22)}==`;

describeSecretRule(rule, {
  matches: [
    { text: `BWS_ACCESS_TOKEN=${token}`, secret: token },
    { text: `          access_token: ${token} # bitwarden/sm-action`, secret: token, file: '.github/workflows/secrets.yml' },
  ],
  ignores: [
    { text: `ACCESS_TOKEN=${token}`, why: 'no mention of Bitwarden' },
    { text: `BWS_ACCESS_TOKEN=0.${t.uuid()}.${'x'.repeat(30)}`, why: 'missing the encryption key' },
  ],
});
