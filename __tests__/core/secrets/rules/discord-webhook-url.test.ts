import rule from '../../../../src/core/secrets/rules/discord-webhook-url';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, DIGITS, fake } from '../../../helpers/fake-secret';

const token = ['https://discord.com/api/webhooks/', fake(DIGITS, 19, 'hook-id'), '/', fake(BASE64URL, 68, 'discord-hook')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `DISCORD_WEBHOOK_URL=${token}`, secret: token },
    { text: `  webhook_url: "${token}"`, secret: token, file: 'alertmanager.yml' },
    { text: `requests.post("${token}", json={"content": "deployed"})`, secret: token, file: 'notify.py' },
  ],
  ignores: [
    { text: `DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/000000000000000000/xxxxxxxx`, why: 'placeholder' },
    { text: `DISCORD_WEBHOOK_URL=${token.slice(0, -10)}`, why: 'too short' },
    { text: `DISCORD_WEBHOOK_URL=\${DISCORD_WEBHOOK_URL}`, why: 'reference' },
  ],
});
