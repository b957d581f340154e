import { decodeBase64Json } from './_base64-json';
import { defineSecretRule } from '../rule';

/**
 * Grafana Cloud access-policy (and legacy Cloud API) tokens: `glc_` and base64-encoded JSON
 * naming the organization, the token and its region. The JSON is decoded to confirm it.
 */
export default defineSecretRule({
  id: 'grafana-cloud-api-token',
  provider: 'Grafana',
  description: 'Grafana Cloud access policy token',
  keywords: ['glc_'],
  pattern: /\b(?<secret>glc_eyJ[A-Za-z0-9+/_-]{40,600}={0,2})(?![A-Za-z0-9+/=_-])/,
  validate: (secret) => {
    const payload = decodeBase64Json(secret.slice(4));
    return !!payload && typeof payload.k === 'string' && (typeof payload.o === 'string' || typeof payload.n === 'string');
  },
});
