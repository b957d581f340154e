import { defineSecretRule } from '../rule';

/**
 * Frame.io developer tokens: `fio-u-` and 64 base64url characters.
 */
export default defineSecretRule({
  id: 'frameio-developer-token',
  provider: 'Frame.io',
  description: 'Frame.io developer token',
  keywords: ['fio-u-'],
  pattern: /\b(?<secret>fio-u-[A-Za-z0-9_=-]{64})(?![A-Za-z0-9_=-])/,
  minEntropy: 3.5,
});
