import { defineSecretRule } from '../rule';
import { isMixedAlphanumeric } from './_assignment';
import { assignedTo } from './_assignment';

/**
 * Twenty-four base62 characters assigned to a Razorpay name (the `rzp_live_…` key ID is an identifier).
 */
export default defineSecretRule({
  id: 'razorpay-key-secret',
  provider: 'Razorpay',
  description: 'Razorpay API key secret',
  keywords: ['razorpay'],
  pattern: assignedTo(['razorpay'], '[A-Za-z0-9]{24}'),
  minEntropy: 3.5,
  validate: isMixedAlphanumeric,
});
