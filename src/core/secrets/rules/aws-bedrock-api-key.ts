import { defineSecretRule } from '../rule';

/** The base64 after `ABSK` decodes to `BedrockAPIKey-<id>-at-<12-digit account>:<secret>`. */
function isBedrockKey(secret: string): boolean {
  const decoded = Buffer.from(secret.slice(4), 'base64').toString('utf8');
  return /^BedrockAPIKey-[A-Za-z0-9-]+-at-\d{12}:[A-Za-z0-9+/=]{20,}$/.test(decoded);
}

/**
 * `ABSK` + base64 of `BedrockAPIKey-<id>-at-<account>:<secret>`; the decoded form is checked.
 */
export default defineSecretRule({
  id: 'aws-bedrock-api-key',
  provider: 'AWS',
  description: 'Amazon Bedrock long-term API key',
  keywords: ['absk'],
  pattern: /\b(?<secret>ABSK[A-Za-z0-9+/]{100,300}={0,2})(?![A-Za-z0-9+/=])/,
  validate: isBedrockKey,
});
