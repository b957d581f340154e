import { defineSecretRule } from '../rule';
import { isValidBech32 } from './_bech32';

/**
 * age X25519 identities: `AGE-SECRET-KEY-1` and 58 Bech32 characters, uppercase. The Bech32
 * checksum is verified.
 */
export default defineSecretRule({
  id: 'age-secret-key',
  provider: 'age',
  description: 'age encryption secret key',
  keywords: ['age-secret-key-1'],
  pattern: /\b(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/,
  validate: isValidBech32,
});
