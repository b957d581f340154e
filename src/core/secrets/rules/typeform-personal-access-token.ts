import { defineSecretRule } from '../rule';

/**
 * Typeform personal access tokens: `tfp_` and 59 characters (`[A-Za-z0-9_.=-]`).
 */
export default defineSecretRule({
  id: 'typeform-personal-access-token',
  provider: 'Typeform',
  description: 'Typeform personal access token',
  keywords: ['tfp_'],
  pattern: /\b(?<secret>tfp_[A-Za-z0-9_.=-]{59})(?![A-Za-z0-9_.=-])/,
  minEntropy: 3.5,
});
