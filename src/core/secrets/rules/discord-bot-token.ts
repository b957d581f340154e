import { defineSecretRule } from '../rule';

/** The first segment is the base64 of the bot user's snowflake ID. */
function isBotIdSegment(token: string): boolean {
  return /^\d{17,20}$/.test(Buffer.from(token.slice(0, token.indexOf('.')), 'base64').toString('utf8'));
}

/**
 * Three dot-separated parts, the first the base64 of the bot's numeric ID (checked); reported on lines
 * that mention Discord.
 */
export default defineSecretRule({
  id: 'discord-bot-token',
  provider: 'Discord',
  description: 'Discord bot token',
  keywords: ['discord'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])/,
  minEntropy: 4,
  validate: isBotIdSegment,
});
