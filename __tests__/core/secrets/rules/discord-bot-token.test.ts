import rule from '../../../../src/core/secrets/rules/discord-bot-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, DIGITS, fake } from '../../../helpers/fake-secret';

const token = [
  Buffer.from(['1', fake(DIGITS, 18, 'discord-id')].join('')).toString('base64url'),
  '.',
  fake(BASE64URL, 6, 'd2'),
  '.',
  fake(BASE64URL, 38, 'd3'),
].join('');
const notAnId = [Buffer.from('not-a-snowflake-id!').toString('base64url'), '.', fake(BASE64URL, 6, 'd2'), '.', fake(BASE64URL, 38, 'd3')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `DISCORD_TOKEN=${token}`, secret: token },
    { text: `  discordToken: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `client.login('${token}'); // discord bot`, secret: token, file: 'src/bot.ts' },
  ],
  ignores: [
    { text: `DISCORD_TOKEN=MTxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxx.${'x'.repeat(38)}`, why: 'placeholder' },
    { text: `DISCORD_TOKEN=\${DISCORD_TOKEN}`, why: 'reference' },
    { text: `DISCORD_TOKEN=${notAnId}`, why: 'first part is not a user ID' },
  ],
});
