import { defineSecretRule } from '../rule';

/**
 * Sourcegraph access tokens: `sgp_`, an optional instance id (16 hex digits or `local`) and `_`,
 * then 40 lowercase hex digits.
 */
export default defineSecretRule({
  id: 'sourcegraph-access-token',
  provider: 'Sourcegraph',
  description: 'Sourcegraph access token',
  keywords: ['sgp_'],
  pattern: /\b(?<secret>sgp_(?:(?:[a-f0-9]{16}|local)_)?[a-f0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3,
});
