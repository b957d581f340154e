import { defineSecretRule } from '../rule';

/**
 * Figma personal access tokens: `figd_` and 40 base64url characters.
 */
export default defineSecretRule({
  id: 'figma-access-token',
  provider: 'Figma',
  description: 'Figma personal access token',
  keywords: ['figd_'],
  pattern: /\b(?<secret>figd_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
