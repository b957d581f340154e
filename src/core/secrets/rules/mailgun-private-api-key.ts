import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * `<32 hex>-<8 hex>-<8 hex>` assigned to a Mailgun name.
 */
export default defineSecretRule({
  id: 'mailgun-private-api-key',
  provider: 'Mailgun',
  description: 'Mailgun private API key',
  keywords: ['mailgun'],
  pattern: assignedTo(['mailgun'], '[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}'),
  minEntropy: 3,
});
