import { defineSecretRule } from '../rule';

/**
 * Three characters, a version digit, `Q~`, then 31 to 34 characters of `[A-Za-z0-9_~.-]`.
 */
export default defineSecretRule({
  id: 'azure-ad-client-secret',
  provider: 'Azure',
  description: 'Microsoft Entra ID (Azure AD) application client secret',
  keywords: ['q~'],
  pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
  minEntropy: 3,
});
