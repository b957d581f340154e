import { defineSecretRule } from '../rule';

/**
 * `<bot id>:AA` + 33 base64url characters (from @BotFather).
 */
export default defineSecretRule({
  id: 'telegram-bot-token',
  provider: 'Telegram',
  description: 'Telegram bot token',
  keywords: [':aa'],
  pattern: /(?<![0-9])(?<secret>[0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
