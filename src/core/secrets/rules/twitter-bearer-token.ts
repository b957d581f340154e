import { defineSecretRule } from '../rule';

/**
 * X / Twitter app-only bearer tokens: a run of about 22 `A`s (zero bytes) then 80 to 140
 * alphanumerics and percent-escapes. The part after the `A`s must look random.
 */
export default defineSecretRule({
  id: 'twitter-bearer-token',
  provider: 'X (Twitter)',
  description: 'X (Twitter) app-only bearer token',
  keywords: ['aaaaaaaaaaaaaaaaaaaa'],
  pattern: /\b(?<secret>A{20,24}[A-Za-z0-9%]{80,140})(?![A-Za-z0-9%])/,
  validate: (secret) => new Set(secret.replace(/^A+/, '')).size >= 20,
});
