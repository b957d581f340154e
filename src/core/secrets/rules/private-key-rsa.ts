import { defineSecretRule } from '../rule';
import { isKeyMaterial, pemHeaderPattern } from './_pem';

/**
 * PEM `-----BEGIN RSA PRIVATE KEY-----` headers: see `_pem.ts` for when a header counts.
 */
export default defineSecretRule({
  id: 'private-key-rsa',
  provider: 'Private key',
  description: 'RSA private key (PKCS#1 PEM)',
  keywords: ['begin rsa private key'],
  pattern: pemHeaderPattern('RSA PRIVATE KEY'),
  validate: isKeyMaterial,
});
