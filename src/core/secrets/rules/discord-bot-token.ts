import { defineSecretRule } from '../rule';

/** The first segment is the base64 of the bot user's snowflake ID. */
function isBotIdSegment(token: string): boolean {
  return /^\d{17,20}$/.test(Buffer.from(token.slice(0, token.indexOf('.')), 'base64').toString('utf8'));
}

/**
 * Three dot-separated parts, the first the base64 of the bot's numeric ID (checked), the second a
 * 6-character timestamp, the third the HMAC (27 characters in older tokens, 38 in newer ones);
 * reported on lines that mention Discord, a token, a `Bot` authorization header or a login call.
 */
export default defineSecretRule({
  id: 'discord-bot-token',
  provider: 'Discord',
  description: 'Discord bot token',
  // The token's shape and its checked first part are specific enough for lines that only say token or Bot.
  keywords: ['discord', 'token', 'bot ', 'login('],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>[MNO][A-Za-z0-9_-]{22,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])/,
  minEntropy: 4,
  validate: isBotIdSegment,
});
