import { defineSecretRule } from '../rule';

/**
 * Asana personal access tokens: `1/<user gid>:<32 hex>` or, since 2023, `2/<user gid>/<token gid>:<32 hex>`.
 * Only on a line that mentions Asana.
 */
export default defineSecretRule({
  id: 'asana-personal-access-token',
  provider: 'Asana',
  description: 'Asana personal access token',
  keywords: ['asana'],
  pattern: /(?<![\w/])(?<secret>(?:1\/\d{8,20}|2\/\d{8,20}\/\d{8,20}):[a-f0-9]{32})(?![A-Za-z0-9])/,
  minEntropy: 3,
});
