import rule from '../../../../src/core/secrets/rules/discord-bot-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, DIGITS, fake } from '../../../helpers/fake-secret';

/** A bot token: the base64 of the bot's ID, a 6-character timestamp and an HMAC (`hmacLength` 38 now, 27 in older tokens). */
const botToken = (id: string, seed: string, hmacLength: number) =>
  [Buffer.from(id).toString('base64url'), fake(BASE64URL, 6, `${seed}-2`), fake(BASE64URL, hmacLength, `${seed}-3`)].join('.');

const token = botToken(`1${fake(DIGITS, 18, 'discord-id')}`, 'd', 38);
const older = botToken(`4${fake(DIGITS, 16, 'discord-id-old')}`, 'o', 27);
const notAnId = botToken('not-a-snowflake-id!', 'd', 38);

describeSecretRule(rule, {
  matches: [
    { text: `DISCORD_TOKEN=${token}`, secret: token },
    { text: `  discordToken: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `client.login('${token}'); // discord bot`, secret: token, file: 'src/bot.ts' },
    { text: `BOT_TOKEN=${older}`, secret: older, file: '.env' },
    { text: `headers = {"Authorization": "Bot ${token}"}`, secret: token, file: 'bot.py' },
    { text: `await client.login("${token}");`, secret: token, file: 'index.js' },
  ],
  ignores: [
    { text: `DISCORD_TOKEN=MTxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxx.${'x'.repeat(38)}`, why: 'placeholder' },
    { text: `DISCORD_TOKEN=\${DISCORD_TOKEN}`, why: 'reference' },
    { text: `DISCORD_TOKEN=${notAnId}`, why: 'first part is not a user ID' },
    { text: `ACCESS_TOKEN=${notAnId}`, why: 'a JWT-like token whose first part is not a user ID' },
  ],
});
