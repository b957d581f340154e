import { defineSecretRule } from '../rule';

/**
 * Supabase secret API keys (which replace the service_role JWT): `sb_secret_` and 31 base64url
 * characters. The local-development key the Supabase CLI prints for every project is public.
 */
export default defineSecretRule({
  id: 'supabase-secret-key',
  provider: 'Supabase',
  description: 'Supabase secret API key',
  keywords: ['sb_secret_'],
  pattern: /\b(?<secret>sb_secret_[A-Za-z0-9_-]{31})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  documentedExamples: ['sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz'],
});
