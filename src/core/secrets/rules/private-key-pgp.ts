import { defineSecretRule } from '../rule';
import { isKeyMaterial, pemHeaderPattern } from './_pem';

/**
 * `-----BEGIN PGP PRIVATE KEY BLOCK-----` armor headers: see `_pem.ts` for when a header counts.
 */
export default defineSecretRule({
  id: 'private-key-pgp',
  provider: 'Private key',
  description: 'PGP private key block',
  keywords: ['begin pgp private key block'],
  pattern: pemHeaderPattern('PGP PRIVATE KEY BLOCK'),
  validate: isKeyMaterial,
});
