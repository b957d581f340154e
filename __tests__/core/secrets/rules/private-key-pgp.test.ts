import rule from '../../../../src/core/secrets/rules/private-key-pgp';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('private-key-pgp');
const header = ['-----BEGIN', 'PGP PRIVATE KEY BLOCK-----'].join(' ');

describeSecretRule(rule, {
  matches: [
    { text: header, secret: header, file: 'signing.asc' },
    { text: `GPG_PRIVATE_KEY="${header}\\n\\nlQdGBF${t.base64(58)}\\n"`, secret: header, file: '.env' },
    { text: `GPG_KEY="${header}\\nVersion: GnuPG v2\\n\\nlQ${t.base64(62)}"`, secret: header, file: '.env' },
  ],
  ignores: [
    { text: `GPG_PRIVATE_KEY="${header}\\n...\\n-----END PGP PRIVATE KEY BLOCK-----"`, why: 'placeholder body' },
    { text: `Paste the block starting with ${header} into the secret.`, why: 'the header quoted in prose', file: 'README.md' },
  ],
});
