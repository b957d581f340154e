import { decodeBase64Json } from './_base64-json';
import { defineSecretRule } from '../rule';

/**
 * Legacy Grafana API keys: base64 of `{"k":"…","n":"…","id":…}`, so they start with `eyJrIjoi`.
 * The JSON is decoded to confirm it.
 */
export default defineSecretRule({
  id: 'grafana-api-key',
  provider: 'Grafana',
  description: 'Grafana API key (legacy)',
  keywords: ['eyjrijoi'],
  pattern: /\b(?<secret>eyJrIjoi[A-Za-z0-9+/]{40,400}={0,2})(?![A-Za-z0-9+/=._-])/,
  validate: (secret) => {
    const payload = decodeBase64Json(secret);
    return !!payload && typeof payload.k === 'string' && payload.k.length >= 16 && 'n' in payload && 'id' in payload;
  },
});
