import rule from '../../../../src/core/secrets/rules/mattermost-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('mattermost-access-token');
const token = t.lower(26);

describeSecretRule(rule, {
  matches: [
    { text: `MATTERMOST_TOKEN=${token}`, secret: token },
    { text: `  mattermost_access_token: ${token}`, secret: token, file: 'bot.yaml' },
  ],
  ignores: [
    { text: `MATTERMOST_CHANNEL_ID=${t.lower(26)}`, why: 'a channel id' },
    { text: 'MATTERMOST_TOKEN=abcdefghijklmnopqrstuvwxyz', why: 'letters only' },
  ],
});
