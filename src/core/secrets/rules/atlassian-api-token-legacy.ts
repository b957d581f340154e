import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * Twenty-four base62 characters assigned to a Jira, Confluence or Atlassian name. Mixed case is
 * required, so 24-hex Atlassian account IDs are not reported.
 */
export default defineSecretRule({
  id: 'atlassian-api-token-legacy',
  provider: 'Atlassian',
  description: 'Atlassian API token (legacy 24-character format)',
  keywords: ['jira', 'confluence', 'atlassian'],
  pattern: assignedTo(['jira', 'confluence', 'atlassian'], '[A-Za-z0-9]{24}'),
  minEntropy: 3.5,
  validate: (secret) => /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /[0-9]/.test(secret),
});
