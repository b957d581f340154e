import { decodeBase64 } from './_base64-json';
import { defineSecretRule } from '../rule';

/**
 * JFrog reference tokens: 64 base64 characters encoding `reftkn:01:<expiry>:<random>`, so they start
 * with `cmVmdGtu`. The decoded prefix is checked.
 */
export default defineSecretRule({
  id: 'jfrog-reference-token',
  provider: 'JFrog',
  description: 'JFrog reference token',
  keywords: ['cmvmdgtu'],
  pattern: /\b(?<secret>cmVmdGtu[A-Za-z0-9]{56})(?![A-Za-z0-9+/=])/,
  validate: (secret) => /^reftkn:\d{2}:\d{10}:/.test(decodeBase64(secret) ?? ''),
});
