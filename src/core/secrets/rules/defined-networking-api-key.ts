import { defineSecretRule } from '../rule';

/**
 * Defined Networking API keys: `dnkey-`, 26 characters, `-`, 52 characters.
 */
export default defineSecretRule({
  id: 'defined-networking-api-key',
  provider: 'Defined Networking',
  description: 'Defined Networking (Managed Nebula) API key',
  keywords: ['dnkey-'],
  pattern: /\b(?<secret>dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52})(?![A-Za-z0-9=_-])/,
  minEntropy: 3.5,
});
