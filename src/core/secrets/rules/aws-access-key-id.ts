import { defineSecretRule } from '../rule';

export default defineSecretRule({
  id: 'aws-access-key-id',
  provider: 'AWS',
  description: 'AWS access key ID',
  keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
  pattern: /\b(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/,
  documentedExamples: ['AKIAIOSFODNN7EXAMPLE', 'AKIAI44QH8DHBEXAMPLE'],
});
