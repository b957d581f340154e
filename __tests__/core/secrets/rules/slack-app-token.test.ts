import rule from '../../../../src/core/secrets/rules/slack-app-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { DIGITS, HEX, UPPER_ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['xapp-1-A0', fake(UPPER_ALNUM, 9, 'app'), '-', fake(DIGITS, 13, 'n'), '-', fake(HEX, 64, 'slack-app')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SLACK_APP_TOKEN=${token}`, secret: token },
    { text: `  appToken: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `app = App(token=bot_token, app_token="${token}")`, secret: token, file: 'bot.py' },
  ],
  ignores: [
    { text: `SLACK_APP_TOKEN=xapp-1-A00000000-0000000000000-${'x'.repeat(64)}`, why: 'placeholder' },
    { text: `SLACK_APP_TOKEN=${token.slice(0, -30)}`, why: 'too short' },
    { text: `SLACK_APP_TOKEN=\${SLACK_APP_TOKEN}`, why: 'reference' },
  ],
});
