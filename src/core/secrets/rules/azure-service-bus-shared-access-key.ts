import { defineSecretRule } from '../rule';

function isThirtyTwoBytes(secret: string): boolean {
  return Buffer.from(secret, 'base64').length === 32;
}

/**
 * `SharedAccessKey=` in a messaging connection string: base64 of a 32-byte key (43 characters + `=`).
 */
export default defineSecretRule({
  id: 'azure-service-bus-shared-access-key',
  provider: 'Azure',
  description: 'Azure Service Bus / Event Hubs / Relay shared access key',
  keywords: ['sharedaccesskey='],
  pattern: /SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
  minEntropy: 4,
  validate: isThirtyTwoBytes,
});
