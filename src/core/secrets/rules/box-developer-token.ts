import { assignedTo, isMixedAlphanumeric } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Box developer tokens and client secrets: 32 alphanumerics, assigned to a Box token or secret name.
 */
export default defineSecretRule({
  id: 'box-developer-token',
  provider: 'Box',
  description: 'Box developer token or client secret',
  keywords: ['box_developer', 'box_access_token', 'box_client_secret', 'box_token'],
  pattern: assignedTo(['box_developer_token', 'box_access_token', 'box_client_secret', 'box_token'], '[A-Za-z0-9]{32}'),
  validate: isMixedAlphanumeric,
  minEntropy: 3.5,
});
