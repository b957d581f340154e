import { defineSecretRule } from '../rule';

/**
 * Fly.io macaroon tokens (`fly tokens create`): `FlyV1 ` then one or more comma-separated
 * `fm2_` / `fm1a_` / `fm1r_` base64 macaroons; the whole comma-joined list is the secret.
 */
export default defineSecretRule({
  id: 'flyio-macaroon-token',
  provider: 'Fly.io',
  description: 'Fly.io macaroon token',
  keywords: ['fm2_', 'fm1a_', 'fm1r_'],
  pattern: /\b(?<secret>fm(?:2|1a|1r)_[A-Za-z0-9+/]{100,4096}={0,3}(?:,fm(?:2|1a|1r)_[A-Za-z0-9+/]{1,4096}={0,3}){0,16})(?![A-Za-z0-9+/=])/,
  minEntropy: 4,
});
