import rule from '../../../../src/core/secrets/rules/slack-config-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['xoxe.xoxp-1-', fake(ALNUM, 164, 'slack-config')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SLACK_CONFIG_TOKEN=${token}`, secret: token },
    { text: `  configToken: "${token}"`, secret: token, file: 'config.yaml' },
  ],
  ignores: [
    { text: `SLACK_CONFIG_TOKEN=xoxe.xoxp-1-${'x'.repeat(164)}`, why: 'placeholder' },
    { text: `SLACK_CONFIG_TOKEN=${token.slice(0, -10)}`, why: 'too short' },
    { text: `SLACK_CONFIG_TOKEN=\${SLACK_CONFIG_TOKEN}`, why: 'reference' },
  ],
});
