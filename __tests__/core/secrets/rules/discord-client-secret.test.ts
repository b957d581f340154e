import rule from '../../../../src/core/secrets/rules/discord-client-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const secret = fake(ALNUM, 32, 'discord-secret');

describeSecretRule(rule, {
  matches: [
    { text: `DISCORD_CLIENT_SECRET=${secret}`, secret },
    { text: `  discordClientSecret: "${secret}"`, secret, file: 'config.yaml' },
    { text: `discord_client_secret = "${secret}"`, secret, file: 'auth.py' },
  ],
  ignores: [
    { text: `DISCORD_CLIENT_SECRET=${'x'.repeat(32)}`, why: 'placeholder' },
    { text: `DISCORD_CLIENT_SECRET=\${DISCORD_CLIENT_SECRET}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
  ],
});
