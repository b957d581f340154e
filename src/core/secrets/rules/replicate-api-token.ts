import { defineSecretRule } from '../rule';

/**
 * `r8_` + 37 base62 characters.
 */
export default defineSecretRule({
  id: 'replicate-api-token',
  provider: 'Replicate',
  description: 'Replicate API token',
  keywords: ['r8_'],
  pattern: /\b(?<secret>r8_[A-Za-z0-9]{37})\b/,
  minEntropy: 3.5,
});
