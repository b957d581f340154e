import { defineSecretRule } from '../rule';

/**
 * The 40-hex `private_key_id` of a service-account JSON key file: where it sits, the private key does too.
 */
export default defineSecretRule({
  id: 'gcp-service-account-key-id',
  provider: 'Google Cloud',
  description: 'Google Cloud service account key file (private_key_id)',
  keywords: ['private_key_id'],
  pattern: /"private_key_id"\s{0,16}:\s{0,16}"(?<secret>[0-9a-f]{40})"/,
  minEntropy: 3,
});
