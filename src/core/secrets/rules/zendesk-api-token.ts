import { assignedTo, characterClasses } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Zendesk API tokens: 40 alphanumerics, assigned to a name that mentions Zendesk.
 */
export default defineSecretRule({
  id: 'zendesk-api-token',
  provider: 'Zendesk',
  description: 'Zendesk API token',
  keywords: ['zendesk'],
  pattern: assignedTo(['zendesk'], '[A-Za-z0-9]{40}'),
  validate: (secret) => characterClasses(secret) === 3,
  minEntropy: 3.5,
});
