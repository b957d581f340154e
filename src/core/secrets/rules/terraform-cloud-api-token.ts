import { defineSecretRule } from '../rule';

/**
 * HCP Terraform / Terraform Enterprise user, team and organization tokens:
 * 14 characters, `.atlasv1.`, then 60 to 70 base64url characters.
 */
export default defineSecretRule({
  id: 'terraform-cloud-api-token',
  provider: 'HashiCorp',
  description: 'HCP Terraform (Terraform Cloud) API token',
  keywords: ['atlasv1'],
  pattern: /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
  minEntropy: 3.5,
});
