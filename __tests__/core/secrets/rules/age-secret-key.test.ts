import rule from '../../../../src/core/secrets/rules/age-secret-key';
import { BECH32_CHARSET, bech32Checksum } from '../../../../src/core/secrets/rules/_bech32';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('age-secret-key');
const data = [...t.pick(BECH32_CHARSET, 52)].map((c) => BECH32_CHARSET.indexOf(c));
const key = `AGE-SECRET-KEY-1${data.map((v) => BECH32_CHARSET[v]).join('')}${bech32Checksum('age-secret-key-', data)}`.toUpperCase();
const badChecksum = `${key.slice(0, -1)}${key.endsWith('Q') ? 'P' : 'Q'}`;

describeSecretRule(rule, {
  matches: [
    { text: key, secret: key, file: 'keys.txt' },
    { text: `SOPS_AGE_KEY=${key}`, secret: key },
    { text: `        SOPS_AGE_KEY: ${key}`, secret: key, file: '.github/workflows/decrypt.yml' },
  ],
  ignores: [
    { text: `SOPS_AGE_KEY=${badChecksum}`, why: 'wrong Bech32 checksum' },
    { text: `SOPS_AGE_KEY=AGE-SECRET-KEY-1${'Q'.repeat(58)}`, why: 'placeholder' },
    { text: `SOPS_AGE_KEY=${key.toLowerCase()}`, why: 'age prints secret keys in uppercase' },
  ],
});
