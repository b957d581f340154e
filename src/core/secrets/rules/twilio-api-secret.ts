import { defineSecretRule } from '../rule';
import { isMixedAlphanumeric } from './_assignment';
import { assignedTo } from './_assignment';

/**
 * Thirty-two base62 characters assigned to a Twilio secret name.
 */
export default defineSecretRule({
  id: 'twilio-api-secret',
  provider: 'Twilio',
  description: 'Twilio API key secret',
  keywords: [
    'twilio_api_secret',
    'twilio-api-secret',
    'twilio.api.secret',
    'twilioapisecret',
    'twilio_secret',
    'twilio-secret',
    'twilio.secret',
    'twiliosecret',
    'twilio_api_key_secret',
    'twilio-api-key-secret',
    'twilio.api.key.secret',
    'twilioapikeysecret',
  ],
  pattern: assignedTo(['twilio_api_secret', 'twilio_secret', 'twilio_api_key_secret'], '[A-Za-z0-9]{32}'),
  minEntropy: 3.5,
  validate: isMixedAlphanumeric,
});
