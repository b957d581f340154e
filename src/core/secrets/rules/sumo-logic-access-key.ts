import { assignedTo, characterClasses } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Sumo Logic access keys: 64 alphanumerics, assigned to a name that mentions Sumo Logic.
 */
export default defineSecretRule({
  id: 'sumo-logic-access-key',
  provider: 'Sumo Logic',
  description: 'Sumo Logic access key',
  keywords: ['sumo'],
  pattern: assignedTo(['sumo'], '[A-Za-z0-9]{64}'),
  validate: (secret) => characterClasses(secret) === 3,
  minEntropy: 4,
});
