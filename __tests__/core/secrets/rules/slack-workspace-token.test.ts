import rule from '../../../../src/core/secrets/rules/slack-workspace-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { DIGITS, HEX, fake } from '../../../helpers/fake-secret';

const token = ['xoxa-2-', fake(DIGITS, 12, 'team'), '-', fake(DIGITS, 12, 'user'), '-', fake(HEX, 64, 'slack-ws')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SLACK_WORKSPACE_TOKEN=${token}`, secret: token },
    { text: `  token: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `refresh = "${token.replace('xoxa-', 'xoxr-')}"`, secret: token.replace('xoxa-', 'xoxr-'), file: 'slack.toml' },
  ],
  ignores: [
    { text: `SLACK_WORKSPACE_TOKEN=xoxa-${'x'.repeat(40)}`, why: 'placeholder' },
    { text: `SLACK_WORKSPACE_TOKEN=\${SLACK_WORKSPACE_TOKEN}`, why: 'reference' },
    { text: `SLACK_WORKSPACE_TOKEN=xoxa-abc`, why: 'too short' },
  ],
});
