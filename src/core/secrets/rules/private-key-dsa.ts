import { defineSecretRule } from '../rule';
import { isKeyMaterial, pemHeaderPattern } from './_pem';

/**
 * `-----BEGIN DSA PRIVATE KEY-----` headers: see `_pem.ts` for when a header counts.
 */
export default defineSecretRule({
  id: 'private-key-dsa',
  provider: 'Private key',
  description: 'DSA private key (PEM)',
  keywords: ['begin dsa private key'],
  pattern: pemHeaderPattern('DSA PRIVATE KEY'),
  validate: isKeyMaterial,
});
