import rule from '../../../../src/core/secrets/rules/sentry-user-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const token = ['sntryu_', fake(HEX, 64, 'sntryu')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SENTRY_AUTH_TOKEN=${token}`, secret: token },
    { text: `  authToken: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `curl -H "Authorization: Bearer ${token}" https://sentry.io/api/0/projects/`, secret: token, file: 'projects.sh' },
  ],
  ignores: [
    { text: `SENTRY_AUTH_TOKEN=sntryu_${'0'.repeat(64)}`, why: 'placeholder' },
    { text: `SENTRY_AUTH_TOKEN=${token.slice(0, -3)}`, why: 'too short' },
    { text: `SENTRY_AUTH_TOKEN=\${SENTRY_AUTH_TOKEN}`, why: 'reference' },
  ],
});
