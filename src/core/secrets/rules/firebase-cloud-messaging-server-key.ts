import { defineSecretRule } from '../rule';

/**
 * `AAAA` + 7 characters, `:APA91b`, then 134 base64url characters.
 */
export default defineSecretRule({
  id: 'firebase-cloud-messaging-server-key',
  provider: 'Google Cloud',
  description: 'Firebase Cloud Messaging legacy server key',
  keywords: [':apa91b'],
  pattern: /\b(?<secret>AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
});
