import { defineSecretRule } from '../rule';

/**
 * `pypi-` + a base64url macaroon whose header names `pypi.org` (`AgEIcHlwaS5vcmc`).
 */
export default defineSecretRule({
  id: 'pypi-api-token',
  provider: 'PyPI',
  description: 'PyPI API token',
  keywords: ['pypi-ageichlwas5vcmc'],
  pattern: /\b(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
});
