import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * Forty base64 characters with no prefix of their own: reported only when assigned to an AWS secret name.
 */
export default defineSecretRule({
  id: 'aws-secret-access-key',
  provider: 'AWS',
  description: 'AWS secret access key',
  keywords: ['aws_secret', 'aws-secret', 'aws.secret', 'awssecret', 'secret_access_key', 'secret-access-key', 'secret.access.key', 'secretaccesskey'],
  pattern: assignedTo(['aws_secret', 'secret_access_key'], '[A-Za-z0-9/+]{40}'),
  minEntropy: 4,
  validate: (secret) => !secret.endsWith('EXAMPLEKEY'),
  documentedExamples: ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'],
});
