import rule from '../../../../src/core/secrets/rules/vault-legacy-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('vault-legacy-token');
const token = ['s', `${t.upper(8)}${t.alnum(8)}${t.digits(2)}${t.pick('abcdefghijklmnopqrstuvwxyz', 6)}`].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `VAULT_TOKEN=${token}`, secret: token },
    { text: `    vault_token: "${token}"`, secret: token, file: 'ansible/group_vars/all.yml' },
    { text: `vault login ${token}`, secret: token, file: 'README.md' },
  ],
  ignores: [
    { text: `TOKEN=${token}`, why: 'no mention of Vault on the line' },
    { text: 'vault.read("s.abcdefghijklmnopqrstuvwx")', why: 'letters only, a name rather than a token' },
    { text: `VAULT_TOKEN=${token}x`, why: 'longer than the format' },
  ],
});
