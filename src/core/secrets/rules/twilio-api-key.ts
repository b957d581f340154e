import { defineSecretRule } from '../rule';

/**
 * `SK` + 32 lowercase hex characters. The SID names the key; it is reported because it sits next to
 * its secret in almost every leak.
 */
export default defineSecretRule({
  id: 'twilio-api-key',
  provider: 'Twilio',
  description: 'Twilio API key SID (the identifier half of an API key pair)',
  keywords: ['sk'],
  pattern: /\b(?<secret>SK[0-9a-f]{32})\b/,
  minEntropy: 3,
});
