import { defineSecretRule } from '../rule';
import { isKeyMaterial, pemHeaderPattern } from './_pem';

/**
 * `-----BEGIN ENCRYPTED PRIVATE KEY-----` headers: passphrase-protected, but a leaked key can be
 * brute-forced offline. See `_pem.ts` for when a header counts.
 */
export default defineSecretRule({
  id: 'private-key-pkcs8-encrypted',
  provider: 'Private key',
  description: 'Encrypted private key (PKCS#8 PEM)',
  keywords: ['begin encrypted private key'],
  pattern: pemHeaderPattern('ENCRYPTED PRIVATE KEY'),
  validate: isKeyMaterial,
});
