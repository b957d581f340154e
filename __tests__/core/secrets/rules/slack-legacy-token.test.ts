import rule from '../../../../src/core/secrets/rules/slack-legacy-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { DIGITS, HEX, fake } from '../../../helpers/fake-secret';

const token = ['xoxs-', fake(DIGITS, 10, 'a'), '-', fake(DIGITS, 11, 'b'), '-', fake(DIGITS, 12, 'c'), '-', fake(HEX, 64, 'slack-legacy')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SLACK_TOKEN=${token}`, secret: token },
    { text: `  token: "${token}"`, secret: token, file: 'config.yaml' },
  ],
  ignores: [
    { text: `SLACK_TOKEN=xoxs-0000000000-00000000000-000000000000-${'0'.repeat(64)}`, why: 'placeholder' },
    { text: `SLACK_TOKEN=${token.slice(0, -60)}`, why: 'too short' },
    { text: `SLACK_TOKEN=\${SLACK_TOKEN}`, why: 'reference' },
  ],
});
