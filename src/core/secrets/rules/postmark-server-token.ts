import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * A UUID assigned to a Postmark name or sent as `X-Postmark-Server-Token` / `X-Postmark-Account-Token`.
 */
export default defineSecretRule({
  id: 'postmark-server-token',
  provider: 'Postmark',
  description: 'Postmark server or account API token',
  keywords: ['postmark'],
  pattern: assignedTo(['postmark'], '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', { notFollowedBy: ['id'] }),
  minEntropy: 3,
});
