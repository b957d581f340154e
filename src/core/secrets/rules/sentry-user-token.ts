import { defineSecretRule } from '../rule';

/**
 * `sntryu_` + 64 lowercase hex characters.
 */
export default defineSecretRule({
  id: 'sentry-user-token',
  provider: 'Sentry',
  description: 'Sentry user auth token',
  keywords: ['sntryu_'],
  pattern: /\b(?<secret>sntryu_[a-f0-9]{64})\b/,
  minEntropy: 3,
});
