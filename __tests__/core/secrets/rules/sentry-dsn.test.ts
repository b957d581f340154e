import rule from '../../../../src/core/secrets/rules/sentry-dsn';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { DIGITS, HEX, fake } from '../../../helpers/fake-secret';

const publicKey = fake(HEX, 32, 'dsn');
const secretKey = fake(HEX, 32, 'dsn-secret');
const host = ['@o', fake(DIGITS, 6, 'org'), '.ingest.us.sentry.io/', fake(DIGITS, 7, 'project')].join('');
const legacy = `https://${publicKey}:${secretKey}${host}`;
const modern = `https://${publicKey}${host}`;

describeSecretRule(rule, {
  matches: [
    { text: `SENTRY_DSN=${legacy}`, secret: secretKey },
    { text: `  dsn: "${legacy}"`, secret: secretKey, file: 'config.yaml' },
    { text: `raven.Client("https://${publicKey}:${secretKey}@app.sentry.io/42")`, secret: secretKey, file: 'app.py' },
  ],
  ignores: [
    { text: `SENTRY_DSN=${modern}`, why: 'a DSN with only the public key is public by design' },
    { text: `Sentry.init({ dsn: "${modern}", tracesSampleRate: 0.1 });`, file: 'src/instrument.ts', why: 'browser SDK DSN' },
    { text: `SENTRY_DSN=https://examplePublicKey@o0.ingest.sentry.io/0`, why: 'placeholder' },
    { text: `SENTRY_DSN=\${SENTRY_DSN}`, why: 'reference' },
  ],
});
