import { decodeBase64Json } from './_base64-json';
import { defineSecretRule } from '../rule';

/**
 * 1Password service account tokens: `ops_` and base64-encoded JSON (250 characters or more).
 * The JSON is decoded to confirm it.
 */
export default defineSecretRule({
  id: 'onepassword-service-account-token',
  provider: '1Password',
  description: '1Password service account token',
  keywords: ['ops_eyj'],
  pattern: /\b(?<secret>ops_eyJ[A-Za-z0-9+/_-]{250,8192}={0,3})(?![A-Za-z0-9+/=_-])/,
  validate: (secret) => decodeBase64Json(secret.slice(4)) !== undefined,
});
