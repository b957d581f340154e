import rule from '../../../../src/core/secrets/rules/hcp-client-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('hcp-client-secret');
const secret = t.base64url(64);

describeSecretRule(rule, {
  matches: [
    { text: `HCP_CLIENT_SECRET=${secret}`, secret },
    { text: `      HCP_CLIENT_SECRET: "${secret}"`, secret, file: '.github/workflows/packer.yml' },
    { text: `hcp_client_secret = "${secret}"`, secret, file: 'terraform.tfvars' },
  ],
  ignores: [
    { text: `HCP_CLIENT_SECRET=${'x'.repeat(64)}`, why: 'placeholder' },
    { text: 'HCP_CLIENT_SECRET=${{ secrets.HCP_CLIENT_SECRET }}', why: 'reference' },
    { text: `HCP_CLIENT_SECRET=${t.base64url(40)}`, why: 'wrong length' },
  ],
});
