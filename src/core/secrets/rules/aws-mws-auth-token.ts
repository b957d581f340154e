import { defineSecretRule } from '../rule';

export default defineSecretRule({
  id: 'aws-mws-auth-token',
  provider: 'AWS',
  description: 'Amazon Marketplace Web Service (MWS) auth token',
  keywords: ['amzn.mws.'],
  pattern: /\b(?<secret>amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
});
