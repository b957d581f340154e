import { defineSecretRule } from '../rule';

/**
 * `bedrock-api-key-` + base64 of a presigned `bedrock.amazonaws.com/?Action=CallWithBearerToken&…` URL.
 */
export default defineSecretRule({
  id: 'aws-bedrock-short-term-api-key',
  provider: 'AWS',
  description: 'Amazon Bedrock short-term API key (presigned bearer token)',
  keywords: ['bedrock-api-key-'],
  pattern: /\b(?<secret>bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,4000}={0,2})(?![A-Za-z0-9+/=])/,
  minEntropy: 4,
});
