import { defineSecretRule } from '../rule';

/**
 * `HRKU-` + 60 base64url characters (the format starts `HRKU-AA`).
 */
export default defineSecretRule({
  id: 'heroku-api-key',
  provider: 'Heroku',
  description: 'Heroku API key (HRKU- format)',
  keywords: ['hrku-'],
  pattern: /\b(?<secret>HRKU-[A-Za-z0-9_-]{60})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
});
