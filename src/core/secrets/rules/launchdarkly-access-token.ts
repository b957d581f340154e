import { UUID } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * LaunchDarkly API access tokens: `api-` and a UUID, on a line that mentions LaunchDarkly.
 */
export default defineSecretRule({
  id: 'launchdarkly-access-token',
  provider: 'LaunchDarkly',
  description: 'LaunchDarkly API access token',
  keywords: ['launchdarkly', 'launch_darkly', 'ld_api', 'ld_access'],
  pattern: new RegExp(`(?<![A-Za-z0-9-])(?<secret>api-${UUID})(?![A-Za-z0-9-])`),
});
