import { defineSecretRule } from '../rule';

/**
 * STS session tokens are long base64 blobs whose first bytes are fixed, so their base64 starts with
 * one of a few known prefixes (`IQoJb3JpZ2luX2Vj`, `FwoGZXIvYXdz`, `FQoGZXIvYXdz`, `AQoDYXdzE`).
 */
export default defineSecretRule({
  id: 'aws-session-token',
  provider: 'AWS',
  description: 'AWS STS session token',
  keywords: ['iqojb3jpz2lux2vj', 'fwogzxivyxdz', 'fqogzxivyxdz', 'aqodyxdze'],
  pattern: /(?<![A-Za-z0-9+/])(?<secret>(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz|FQoGZXIvYXdz|AQoDYXdzE)[A-Za-z0-9+/]{100,2000}={0,2})(?![A-Za-z0-9+/=])/,
  minEntropy: 4.5,
  validate: (secret) => !secret.includes('EXAMPLE'),
});
