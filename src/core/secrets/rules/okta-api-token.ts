import { assignmentPrefix } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Okta API tokens: `00` and 40 base64url characters, sent as `Authorization: SSWS <token>` or
 * assigned to a name that mentions Okta.
 */
export default defineSecretRule({
  id: 'okta-api-token',
  provider: 'Okta',
  description: 'Okta API token',
  keywords: ['okta', 'ssws'],
  pattern: new RegExp(`(?:\\bSSWS[ \\t]{1,8}|${assignmentPrefix(['okta'])})(?<secret>00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`),
  minEntropy: 3.5,
});
