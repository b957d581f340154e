import rule from '../../../../src/core/secrets/rules/shopify-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const token = ['shpat_', fake(HEX, 32, 'shopify-access-token')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SHOPIFY_ACCESS_TOKEN=${token}`, secret: token },
    { text: `  shopifyToken: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `curl -H "X-Shopify-Access-Token: ${token}" https://acme.myshopify.com/admin/api/2024-07/shop.json`, secret: token, file: 'shop.sh' },
  ],
  ignores: [
    { text: `SHOPIFY_ACCESS_TOKEN=shpat_${'0'.repeat(32)}`, why: 'placeholder' },
    { text: `SHOPIFY_ACCESS_TOKEN=${token.slice(0, -3)}`, why: 'too short' },
    { text: `SHOPIFY_ACCESS_TOKEN=\${SHOPIFY_ACCESS_TOKEN}`, why: 'reference' },
  ],
});
