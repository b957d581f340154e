import { defineSecretRule } from '../rule';

/**
 * `https://discord.com/api/webhooks/<id>/<68-character token>` (also discordapp.com, ptb., canary.).
 */
export default defineSecretRule({
  id: 'discord-webhook-url',
  provider: 'Discord',
  description: 'Discord webhook URL',
  keywords: ['discord'],
  pattern: /(?<secret>https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,3})?\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
});
