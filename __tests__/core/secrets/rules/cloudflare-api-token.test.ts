import rule from '../../../../src/core/secrets/rules/cloudflare-api-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('cloudflare-api-token');
const token = t.base64url(40);

describeSecretRule(rule, {
  matches: [
    { text: `CLOUDFLARE_API_TOKEN=${token}`, secret: token },
    { text: `      CF_DNS_API_TOKEN: "${token}"`, secret: token, file: 'traefik/docker-compose.yml' },
    { text: `  "cloudflareApiToken": "${token}",`, secret: token, file: 'wrangler-ci.json' },
    { text: `cloudflare_api_token = "${token}"`, secret: token, file: 'terraform.tfvars' },
  ],
  ignores: [
    { text: `CLOUDFLARE_API_TOKEN=${'x'.repeat(40)}`, why: 'placeholder' },
    { text: `CLOUDFLARE_COMMIT_SHA=${t.hex(40)}`, why: 'a hex digest, not a token' },
    { text: `CLOUDFLARE_API_TOKEN=${token}abc`, why: 'longer than the format' },
    { text: `API_TOKEN=${token}`, why: 'no mention of Cloudflare' },
  ],
});
