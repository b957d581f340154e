import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * `sk_` + 48 hex (current) or 32 hex (older) assigned to an ElevenLabs name or the `xi-api-key` header.
 */
export default defineSecretRule({
  id: 'elevenlabs-api-key',
  provider: 'ElevenLabs',
  description: 'ElevenLabs API key',
  keywords: ['elevenlabs', 'eleven_labs', 'eleven-labs', 'eleven.labs', 'xi_api_key', 'xi-api-key', 'xi.api.key', 'xiapikey'],
  pattern: assignedTo(['elevenlabs', 'eleven_labs', 'xi_api_key'], 'sk_[a-f0-9]{48}|[a-f0-9]{32}'),
  minEntropy: 3,
});
