import rule from '../../../../src/core/secrets/rules/sentry-auth-token-legacy';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const secret = fake(HEX, 64, 'sentry-legacy');

describeSecretRule(rule, {
  matches: [
    { text: `SENTRY_AUTH_TOKEN=${secret}`, secret },
    { text: `  sentryToken: "${secret}"`, secret, file: 'config.yaml' },
    { text: `sentry_token = "${secret}"`, secret, file: 'cfg.py' },
  ],
  ignores: [
    { text: `SENTRY_AUTH_TOKEN=${'0'.repeat(64)}`, why: 'placeholder' },
    { text: `SENTRY_AUTH_TOKEN=\${SENTRY_AUTH_TOKEN}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
    { text: `SENTRY_RELEASE=${fake(HEX, 64, 'release')}`, why: 'release digest, not a token' },
  ],
});
