import rule from '../../../../src/core/secrets/rules/tailscale-webhook-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('tailscale-webhook-secret');
const token = ['tskey', 'webhook', `k${t.alnum(6)}CNTRL`, t.alnum(32)].join('-');

describeSecretRule(rule, {
  matches: [
    { text: `TAILSCALE_WEBHOOK_SECRET=${token}`, secret: token },
    { text: `  webhookSecret: '${token}'`, secret: token, file: 'alerts.yaml' },
  ],
  ignores: [
    { text: 'TAILSCALE_WEBHOOK_SECRET=tskey-webhook-', why: 'prefix only' },
    { text: `TAILSCALE_WEBHOOK_SECRET=tskey-webhook-${'x'.repeat(10)}-${'x'.repeat(30)}`, why: 'placeholder' },
  ],
});
