import { defineSecretRule } from '../rule';
import { isKeyMaterial, pemHeaderPattern } from './_pem';

/**
 * Unencrypted PKCS#8 `-----BEGIN PRIVATE KEY-----` headers: see `_pem.ts` for when a header counts.
 * Google service-account JSON files carry one in `private_key`.
 */
export default defineSecretRule({
  id: 'private-key-pkcs8',
  provider: 'Private key',
  description: 'Private key (PKCS#8 PEM)',
  keywords: ['begin private key'],
  pattern: pemHeaderPattern('PRIVATE KEY'),
  validate: isKeyMaterial,
});
