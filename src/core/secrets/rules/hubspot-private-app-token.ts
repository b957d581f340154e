import { UUID } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * HubSpot private app tokens: `pat-<region><n>-` and a UUID (`pat-na1-…`, `pat-eu1-…`).
 */
export default defineSecretRule({
  id: 'hubspot-private-app-token',
  provider: 'HubSpot',
  description: 'HubSpot private app access token',
  keywords: ['pat-na', 'pat-eu', 'pat-ap'],
  pattern: new RegExp(`\\b(?<secret>pat-(?:na|eu|ap)[1-9]-${UUID})(?![A-Za-z0-9-])`),
});
