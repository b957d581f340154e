import { defineSecretRule } from '../rule';

/**
 * `lsv2_pt_` (personal) or `lsv2_sk_` (service) + 32 hex + `_` + 10 hex.
 */
export default defineSecretRule({
  id: 'langsmith-api-key',
  provider: 'LangChain',
  description: 'LangSmith API key (personal or service)',
  keywords: ['lsv2_'],
  pattern: /\b(?<secret>lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})\b/,
  minEntropy: 3,
});
