import { assignedTo, isMixedAlphanumeric } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Vercel access tokens: 24 alphanumerics with no prefix, so only when assigned to a name that
 * mentions Vercel (`VERCEL_TOKEN`).
 */
export default defineSecretRule({
  id: 'vercel-access-token',
  provider: 'Vercel',
  description: 'Vercel access token',
  keywords: ['vercel'],
  pattern: assignedTo(['vercel'], '[A-Za-z0-9]{24}', { notFollowedBy: ['org_id', 'project_id', 'team_id'] }),
  validate: isMixedAlphanumeric,
  minEntropy: 3.5,
});
