import { defineSecretRule } from '../rule';

/**
 * Alibaba Cloud AccessKey IDs: `LTAI` and 12 to 26 alphanumerics.
 */
export default defineSecretRule({
  id: 'alibaba-access-key-id',
  provider: 'Alibaba Cloud',
  description: 'Alibaba Cloud AccessKey ID',
  keywords: ['ltai'],
  pattern: /\b(?<secret>LTAI[A-Za-z0-9]{12,26})(?![A-Za-z0-9])/,
  minEntropy: 3,
});
