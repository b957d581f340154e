import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * `sk-` + 32 lowercase hex characters assigned to a DeepSeek name.
 */
export default defineSecretRule({
  id: 'deepseek-api-key',
  provider: 'DeepSeek',
  description: 'DeepSeek API key',
  keywords: ['deepseek'],
  pattern: assignedTo(['deepseek'], 'sk-[a-f0-9]{32}'),
  minEntropy: 3,
});
