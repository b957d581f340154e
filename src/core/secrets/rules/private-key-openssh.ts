import { defineSecretRule } from '../rule';
import { isKeyMaterial, pemHeaderPattern } from './_pem';

/**
 * `-----BEGIN OPENSSH PRIVATE KEY-----` headers: see `_pem.ts` for when a header counts.
 */
export default defineSecretRule({
  id: 'private-key-openssh',
  provider: 'Private key',
  description: 'OpenSSH private key',
  keywords: ['begin openssh private key'],
  pattern: pemHeaderPattern('OPENSSH PRIVATE KEY'),
  validate: isKeyMaterial,
});
