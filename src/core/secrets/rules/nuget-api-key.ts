import { defineSecretRule } from '../rule';

/**
 * `oy2` + 43 lowercase base32-like characters with fixed bits at known offsets (a 46-character key).
 */
export default defineSecretRule({
  id: 'nuget-api-key',
  provider: 'NuGet',
  description: 'NuGet.org API key',
  keywords: ['oy2'],
  pattern: /\b(?<secret>oy2[a-p][0-9a-z]{15}[aq][0-9a-z]{11}[eu][bdfhjlnprtvxz357][a-p][0-9a-z]{11}[aeimquy4])\b/,
  minEntropy: 3.5,
});
