import rule from '../../../../src/core/secrets/rules/sentry-dsn';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { DIGITS, HEX, fake } from '../../../helpers/fake-secret';

const token = ['https://', fake(HEX, 32, 'dsn'), '@o', fake(DIGITS, 6, 'org'), '.ingest.us.sentry.io/', fake(DIGITS, 7, 'project')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SENTRY_DSN=${token}`, secret: token },
    { text: `  dsn: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `Sentry.init({ dsn: "${token}", tracesSampleRate: 0.1 });`, secret: token, file: 'src/instrument.ts' },
  ],
  ignores: [
    { text: `SENTRY_DSN=https://examplePublicKey@o0.ingest.sentry.io/0`, why: 'placeholder' },
    { text: `SENTRY_DSN=\${SENTRY_DSN}`, why: 'reference' },
    { text: `SENTRY_DSN=https://<key>@o123.ingest.sentry.io/456`, why: 'placeholder key' },
  ],
});
