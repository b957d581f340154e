import { UUID } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * LaunchDarkly server-side SDK keys: `sdk-` and a UUID, on a line that mentions LaunchDarkly.
 */
export default defineSecretRule({
  id: 'launchdarkly-sdk-key',
  provider: 'LaunchDarkly',
  description: 'LaunchDarkly server-side SDK key',
  keywords: ['launchdarkly', 'launch_darkly', 'ld_sdk'],
  pattern: new RegExp(`(?<![A-Za-z0-9-])(?<secret>sdk-${UUID})(?![A-Za-z0-9-])`),
});
