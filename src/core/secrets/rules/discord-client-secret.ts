import { defineSecretRule } from '../rule';
import { isMixedAlphanumeric } from './_assignment';
import { assignedTo } from './_assignment';

/**
 * Thirty-two base64url characters assigned to a Discord client-secret name.
 */
export default defineSecretRule({
  id: 'discord-client-secret',
  provider: 'Discord',
  description: 'Discord OAuth2 client secret',
  keywords: [
    'discord_client_secret',
    'discord-client-secret',
    'discord.client.secret',
    'discordclientsecret',
    'discord_secret',
    'discord-secret',
    'discord.secret',
    'discordsecret',
    'discord_oauth_secret',
    'discord-oauth-secret',
    'discord.oauth.secret',
    'discordoauthsecret',
  ],
  pattern: assignedTo(['discord_client_secret', 'discord_secret', 'discord_oauth_secret'], '[A-Za-z0-9_-]{32}'),
  minEntropy: 3.5,
  validate: isMixedAlphanumeric,
});
