import { assignedTo } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Cloudflare global API keys: 37 lowercase hex digits, assigned to a Cloudflare name or sent as `X-Auth-Key`.
 */
export default defineSecretRule({
  id: 'cloudflare-global-api-key',
  provider: 'Cloudflare',
  description: 'Cloudflare global API key',
  keywords: ['cloudflare', 'cf_api_key', 'cf_key', 'x-auth-key'],
  pattern: assignedTo(['cloudflare', 'cf_api_key', 'cf_key', 'x-auth-key'], '[a-f0-9]{37}'),
  minEntropy: 3,
});
