import { assignedTo, isMixedAlphanumeric } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * IBM Cloud IAM API keys: 44 base64url characters, assigned to a name that mentions IBM Cloud
 * (`IBMCLOUD_API_KEY`, `IC_API_KEY`).
 */
export default defineSecretRule({
  id: 'ibm-cloud-api-key',
  provider: 'IBM Cloud',
  description: 'IBM Cloud API key',
  keywords: ['ibm', 'ic_api_key'],
  pattern: assignedTo(['ibm', 'ic_api_key'], '[A-Za-z0-9_-]{44}', { notFollowedBy: ['account_id', 'region', 'resource_group', 'crn'] }),
  validate: isMixedAlphanumeric,
  minEntropy: 4,
});
