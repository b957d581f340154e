import rule from '../../../../src/core/secrets/rules/cloudflare-global-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('cloudflare-global-api-key');
const key = t.hex(37);

describeSecretRule(rule, {
  matches: [
    { text: `CLOUDFLARE_API_KEY=${key}`, secret: key },
    { text: `CF_API_KEY: "${key}"`, secret: key, file: 'certbot.yaml' },
    { text: `curl -H "X-Auth-Email: ops@example.com" -H "X-Auth-Key: ${key}" https://api.cloudflare.com/client/v4/zones`, secret: key, file: 'purge.sh' },
  ],
  ignores: [
    { text: `CLOUDFLARE_API_KEY=${'0'.repeat(37)}`, why: 'placeholder' },
    { text: `CLOUDFLARE_API_KEY=${t.hex(40)}`, why: 'wrong length (a SHA-1, not a global key)' },
    { text: `CLOUDFLARE_API_KEY=${key.toUpperCase()}`, why: 'uppercase hex is not the format' },
  ],
});
