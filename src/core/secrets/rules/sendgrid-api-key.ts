import { defineSecretRule } from '../rule';

/**
 * `SG.` + 22 base64url characters + `.` + 43 base64url characters.
 */
export default defineSecretRule({
  id: 'sendgrid-api-key',
  provider: 'SendGrid',
  description: 'SendGrid API key',
  keywords: ['sg.'],
  pattern: /\b(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
