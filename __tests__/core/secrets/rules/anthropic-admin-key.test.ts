import rule from '../../../../src/core/secrets/rules/anthropic-admin-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['sk-ant-admin01-', fake(BASE64URL, 93, 'anthropic-admin'), 'AA'].join('');

describeSecretRule(rule, {
  matches: [
    { text: `ANTHROPIC_ADMIN_KEY=${token}`, secret: token },
    { text: `  adminKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `curl -H "x-api-key: ${token}" https://api.anthropic.com/v1/organizations/users`, secret: token, file: 'users.sh' },
  ],
  ignores: [
    { text: `ANTHROPIC_ADMIN_KEY=sk-ant-admin01-${'x'.repeat(93)}AA`, why: 'placeholder' },
    { text: `ANTHROPIC_ADMIN_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `ANTHROPIC_ADMIN_KEY=\${ANTHROPIC_ADMIN_KEY}`, why: 'reference' },
  ],
});
