import rule from '../../../../src/core/secrets/rules/twitch-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('twitch-access-token');
const token = t.lower(30);

describeSecretRule(rule, {
  matches: [
    { text: `TWITCH_ACCESS_TOKEN=${token}`, secret: token },
    { text: `twitch_client_secret = "${token}"`, secret: token, file: 'bot.py' },
  ],
  ignores: [
    { text: `TWITCH_CLIENT_ID=${t.lower(30)}`, why: 'the public client id' },
    { text: `TWITCH_ACCESS_TOKEN=${'x'.repeat(30)}`, why: 'placeholder' },
  ],
});
