import { defineSecretRule } from '../rule';

/**
 * Octopus Deploy API keys: `API-` and 26 to 32 uppercase alphanumerics.
 */
export default defineSecretRule({
  id: 'octopus-deploy-api-key',
  provider: 'Octopus Deploy',
  description: 'Octopus Deploy API key',
  keywords: ['api-'],
  pattern: /\b(?<secret>API-[A-Z0-9]{26,32})(?![A-Za-z0-9])/,
  validate: (secret) => /[0-9]/.test(secret.slice(4)) && /[A-Z]/.test(secret.slice(4)),
  minEntropy: 3.5,
});
