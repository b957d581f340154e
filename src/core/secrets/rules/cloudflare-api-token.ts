import { assignedTo, isMixedAlphanumeric } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Cloudflare API tokens: 40 base64url characters with no prefix, so only when assigned to a name
 * that mentions Cloudflare (`CLOUDFLARE_API_TOKEN`, `CF_API_TOKEN`, `CF_DNS_API_TOKEN`).
 */
export default defineSecretRule({
  id: 'cloudflare-api-token',
  provider: 'Cloudflare',
  description: 'Cloudflare API token',
  keywords: ['cloudflare', 'cf_api_token', 'cf_token', 'cf_dns_api_token', 'cf_zone_api_token'],
  pattern: assignedTo(['cloudflare', 'cf_api_token', 'cf_token', 'cf_dns_api_token', 'cf_zone_api_token'], '[A-Za-z0-9_-]{40}'),
  validate: isMixedAlphanumeric,
  minEntropy: 3.5,
});
