import { defineSecretRule } from '../rule';
import { isKeyMaterial, pemHeaderPattern } from './_pem';

/**
 * PEM `-----BEGIN EC PRIVATE KEY-----` headers: see `_pem.ts` for when a header counts.
 */
export default defineSecretRule({
  id: 'private-key-ec',
  provider: 'Private key',
  description: 'EC private key (SEC 1 PEM)',
  keywords: ['begin ec private key'],
  pattern: pemHeaderPattern('EC PRIVATE KEY'),
  validate: isKeyMaterial,
});
