import { assignedTo, isMixedAlphanumeric } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Lightstep access tokens: 32 or more base64 characters, assigned to a Lightstep access-token name
 * or sent as the `lightstep-access-token` header.
 */
export default defineSecretRule({
  id: 'lightstep-access-token',
  provider: 'Lightstep',
  description: 'Lightstep (ServiceNow Cloud Observability) access token',
  keywords: ['lightstep', 'ls_access_token'],
  pattern: assignedTo(['lightstep_access_token', 'lightstep_token', 'lightstep_api_key', 'ls_access_token'], '[A-Za-z0-9+/]{32,200}={0,2}'),
  validate: isMixedAlphanumeric,
  minEntropy: 4,
});
