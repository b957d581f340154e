import { defineSecretRule } from '../rule';
import { isMixedAlphanumeric } from './_assignment';
import { assignedTo } from './_assignment';

/**
 * Sixteen base62 characters assigned to a Vonage or Nexmo secret name.
 */
export default defineSecretRule({
  id: 'vonage-api-secret',
  provider: 'Vonage',
  description: 'Vonage (Nexmo) API secret',
  keywords: [
    'vonage_api_secret',
    'vonage-api-secret',
    'vonage.api.secret',
    'vonageapisecret',
    'vonage_secret',
    'vonage-secret',
    'vonage.secret',
    'vonagesecret',
    'nexmo_api_secret',
    'nexmo-api-secret',
    'nexmo.api.secret',
    'nexmoapisecret',
    'nexmo_secret',
    'nexmo-secret',
    'nexmo.secret',
    'nexmosecret',
  ],
  pattern: assignedTo(['vonage_api_secret', 'vonage_secret', 'nexmo_api_secret', 'nexmo_secret'], '[A-Za-z0-9]{16}'),
  minEntropy: 3.3,
  validate: isMixedAlphanumeric,
});
