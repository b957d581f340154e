import rule from '../../../../src/core/secrets/rules/slack-user-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { DIGITS, HEX, fake } from '../../../helpers/fake-secret';

const token = ['xoxp-', fake(DIGITS, 12, 'team'), '-', fake(DIGITS, 12, 'user'), '-', fake(DIGITS, 13, 'id'), '-', fake(HEX, 32, 'slack-user')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SLACK_USER_TOKEN=${token}`, secret: token },
    { text: `  userToken: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `client = WebClient(token="${token}")`, secret: token, file: 'notify.py' },
  ],
  ignores: [
    { text: `SLACK_USER_TOKEN=xoxp-000000000000-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, why: 'placeholder' },
    { text: `SLACK_USER_TOKEN=${token.slice(0, -6)}`, why: 'too short' },
    { text: `SLACK_USER_TOKEN=\${SLACK_USER_TOKEN}`, why: 'reference' },
  ],
});
