import { assignedTo, isMixedAlphanumeric } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Sumo Logic access IDs: `su` and 12 alphanumerics, assigned to a name that mentions Sumo Logic.
 * They are half of a credential pair: the access key is the other half.
 */
export default defineSecretRule({
  id: 'sumo-logic-access-id',
  provider: 'Sumo Logic',
  description: 'Sumo Logic access ID',
  keywords: ['sumo'],
  pattern: assignedTo(['sumo'], 'su[A-Za-z0-9]{12}'),
  validate: isMixedAlphanumeric,
  minEntropy: 3,
});
