import { assignedTo, isMixedAlphanumeric } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Honeycomb configuration keys: 22 alphanumerics (or 32 hex digits for Classic keys), assigned to a
 * name that mentions Honeycomb or sent as `X-Honeycomb-Team`.
 */
export default defineSecretRule({
  id: 'honeycomb-api-key',
  provider: 'Honeycomb',
  description: 'Honeycomb API key (configuration key)',
  keywords: ['honeycomb'],
  pattern: assignedTo(['honeycomb'], '[A-Za-z0-9]{22}|[a-f0-9]{32}', { notFollowedBy: ['dataset', 'environment', 'endpoint'] }),
  validate: (secret) => secret.length === 32 || isMixedAlphanumeric(secret),
  minEntropy: 3.3,
});
