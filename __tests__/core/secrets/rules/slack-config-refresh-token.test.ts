import rule from '../../../../src/core/secrets/rules/slack-config-refresh-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['xoxe-1-', fake(ALNUM, 146, 'slack-refresh')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SLACK_CONFIG_REFRESH_TOKEN=${token}`, secret: token },
    { text: `  refreshToken: "${token}"`, secret: token, file: 'config.yaml' },
  ],
  ignores: [
    { text: `SLACK_CONFIG_REFRESH_TOKEN=xoxe-1-${'x'.repeat(146)}`, why: 'placeholder' },
    { text: `SLACK_CONFIG_REFRESH_TOKEN=${token.slice(0, -3)}`, why: 'too short' },
    { text: `SLACK_CONFIG_REFRESH_TOKEN=\${SLACK_CONFIG_REFRESH_TOKEN}`, why: 'reference' },
  ],
});
