import rule from '../../../../src/core/secrets/rules/slack-bot-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, DIGITS, fake } from '../../../helpers/fake-secret';

const token = ['xoxb-', fake(DIGITS, 12, 'team'), '-', fake(DIGITS, 13, 'bot'), '-', fake(ALNUM, 24, 'slack-bot')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SLACK_BOT_TOKEN=${token}`, secret: token },
    { text: `  token: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `const app = new App({ token: "${token}", signingSecret });`, secret: token, file: 'src/slack.ts' },
  ],
  ignores: [
    { text: `SLACK_BOT_TOKEN=xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx`, why: 'placeholder' },
    { text: `SLACK_BOT_TOKEN=${token.slice(0, -3)}`, why: 'too short' },
    { text: `SLACK_BOT_TOKEN=\${SLACK_BOT_TOKEN}`, why: 'reference' },
  ],
});
