import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * An `E…` base64url secret of 60 to 80 characters assigned to a PayPal name (client IDs start with `A`).
 */
export default defineSecretRule({
  id: 'paypal-client-secret',
  provider: 'PayPal',
  description: 'PayPal REST API client secret',
  keywords: ['paypal'],
  pattern: assignedTo(['paypal'], 'E[A-Za-z0-9_-]{59,79}'),
  minEntropy: 4,
});
