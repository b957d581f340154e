import rule from '../../../../src/core/secrets/rules/cloudflare-origin-ca-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('cloudflare-origin-ca-key');
const key = ['v1.0', t.hex(24), t.hex(146)].join('-');

describeSecretRule(rule, {
  matches: [
    { text: `CF_ORIGIN_CA_KEY=${key}`, secret: key },
    { text: `  origin_ca_key: "${key}"`, secret: key, file: 'cert-manager/values.yaml' },
    { text: `provider "cloudflare" { api_user_service_key = "${key}" }`, secret: key, file: 'origin.tf' },
  ],
  ignores: [
    { text: `CF_ORIGIN_CA_KEY=v1.0-${'0'.repeat(24)}-${'0'.repeat(146)}`, why: 'placeholder' },
    { text: `CF_ORIGIN_CA_KEY=v1.0-${t.hex(24)}-${t.hex(40)}`, why: 'too short' },
    { text: 'image: nginx:v1.0-alpine', why: 'a version tag' },
  ],
});
