import { defineSecretRule } from '../rule';
import { isValidBech32 } from './_bech32';

/**
 * age identities: X25519 (`AGE-SECRET-KEY-1`) and post-quantum hybrid ML-KEM-768 + X25519
 * (`AGE-SECRET-KEY-PQ-1`), each followed by 58 Bech32 characters, uppercase. The Bech32 checksum
 * is verified.
 */
export default defineSecretRule({
  id: 'age-secret-key',
  provider: 'age',
  description: 'age encryption secret key',
  keywords: ['age-secret-key-1', 'age-secret-key-pq-1'],
  pattern: /\b(?<secret>AGE-SECRET-KEY-(?:PQ-)?1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/,
  validate: isValidBech32,
});
