import { defineSecretRule } from '../rule';

/**
 * A SaaS DSN, `https://<32 hex>[:<32 hex>]@o<org>.ingest[.<region>].sentry.io/<project>`. The public
 * key lets anyone send events to the project (spam, quota exhaustion); the legacy `:secret` part is a
 * real secret.
 */
export default defineSecretRule({
  id: 'sentry-dsn',
  provider: 'Sentry',
  description: 'Sentry DSN (project ingest key)',
  keywords: ['sentry.io'],
  pattern: /(?<secret>https:\/\/[0-9a-f]{32}(?::[0-9a-f]{32})?@(?:o\d{1,20}\.ingest\.(?:[a-z]{2}\.)?)?sentry\.io\/\d{1,20})\b/,
  minEntropy: 3,
});
