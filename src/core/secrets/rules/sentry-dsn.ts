import { defineSecretRule } from '../rule';

/**
 * The secret key of a legacy Sentry DSN, `https://<32 hex public>:<32 hex secret>@…sentry.io/<project>`.
 * A DSN with only the public key (`https://<32 hex>@o<org>.ingest.sentry.io/<project>`) is public by
 * design: Sentry documents it as safe to ship in browser and mobile code, so it is not reported.
 */
export default defineSecretRule({
  id: 'sentry-dsn',
  provider: 'Sentry',
  description: 'Sentry DSN secret key (legacy DSN)',
  keywords: ['sentry.io'],
  pattern: /https:\/\/[0-9a-f]{32}:(?<secret>[0-9a-f]{32})@(?:o\d{1,20}\.ingest\.(?:[a-z]{2}\.)?|app\.)?sentry\.io\/\d{1,20}\b/,
  minEntropy: 3,
});
