import { defineSecretRule } from '../rule';

/**
 * `pypi-` + a base64url macaroon whose header names `test.pypi.org` (`AgENdGVzdC5weXBpLm9yZw`).
 */
export default defineSecretRule({
  id: 'pypi-test-api-token',
  provider: 'PyPI',
  description: 'TestPyPI API token',
  keywords: ['pypi-agendgvzdc5wexbplm9yzw'],
  pattern: /\b(?<secret>pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
});
