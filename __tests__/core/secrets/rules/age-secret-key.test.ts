import rule from '../../../../src/core/secrets/rules/age-secret-key';
import { BECH32_CHARSET, bech32Checksum } from '../../../../src/core/secrets/rules/_bech32';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('age-secret-key');
const data = [...t.pick(BECH32_CHARSET, 52)].map((c) => BECH32_CHARSET.indexOf(c));
const key = `AGE-SECRET-KEY-1${data.map((v) => BECH32_CHARSET[v]).join('')}${bech32Checksum('age-secret-key-', data)}`.toUpperCase();
const badChecksum = `${key.slice(0, -1)}${key.endsWith('Q') ? 'P' : 'Q'}`;
/** A post-quantum (ML-KEM-768 + X25519) identity: the same Bech32 data under the `age-secret-key-pq-` prefix. */
const pqKey = `AGE-SECRET-KEY-PQ-1${data.map((v) => BECH32_CHARSET[v]).join('')}${bech32Checksum('age-secret-key-pq-', data)}`.toUpperCase();
const pqBadChecksum = `${pqKey.slice(0, -1)}${pqKey.endsWith('Q') ? 'P' : 'Q'}`;

describeSecretRule(rule, {
  matches: [
    { text: key, secret: key, file: 'keys.txt' },
    { text: `SOPS_AGE_KEY=${key}`, secret: key },
    { text: `        SOPS_AGE_KEY: ${key}`, secret: key, file: '.github/workflows/decrypt.yml' },
    { text: `\thybridIdentity string = "${pqKey}"`, secret: pqKey, file: 'age/keys_test.go' },
  ],
  ignores: [
    { text: `SOPS_AGE_KEY=${badChecksum}`, why: 'wrong Bech32 checksum' },
    { text: `SOPS_AGE_KEY=AGE-SECRET-KEY-1${'Q'.repeat(58)}`, why: 'placeholder' },
    { text: `SOPS_AGE_KEY=${key.toLowerCase()}`, why: 'age prints secret keys in uppercase' },
    { text: `SOPS_AGE_KEY=${pqBadChecksum}`, why: 'post-quantum key with a wrong Bech32 checksum' },
  ],
});
