import { defineSecretRule } from '../rule';

/** The middle part is base64 JSON with an issue time and the organization's URLs. */
function hasSentryClaims(token: string): boolean {
  const payload = token.slice('sntrys_'.length, token.lastIndexOf('_'));
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    if (!claims || typeof claims !== 'object') return false;
    const c = claims as Record<string, unknown>;
    return typeof c.iat === 'number' && (typeof c.url === 'string' || typeof c.region_url === 'string' || typeof c.org === 'string');
  } catch {
    return false; // Not JSON: a look-alike.
  }
}

/**
 * `sntrys_` + base64 JSON claims (`iat`, `url`, `region_url`, `org`) + `_` + a 43-character secret;
 * the claims are decoded and checked.
 */
export default defineSecretRule({
  id: 'sentry-org-token',
  provider: 'Sentry',
  description: 'Sentry organization auth token',
  keywords: ['sntrys_'],
  pattern: /\b(?<secret>sntrys_eyJ[A-Za-z0-9+/]{20,800}={0,2}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=_-])/,
  minEntropy: 4,
  validate: hasSentryClaims,
});
