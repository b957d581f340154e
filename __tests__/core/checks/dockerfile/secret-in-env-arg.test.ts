import check from '../../../../src/core/checks/dockerfile/secret-in-env-arg';
import { describeCheck, runCase } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    { name: 'ARG without default', code: 'FROM node:20-slim\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npm_token npm ci\n' },
    { name: 'reference to a build arg', code: 'FROM node:20-slim\nARG API_KEY\nENV API_KEY=${API_KEY}\n' },
    { name: 'pointers to secrets, not secrets', code: 'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password TOKEN_URL=https://auth.example.com/token TOKEN_TTL=3600\n' },
    { name: 'flags', code: 'FROM node:20-slim\nENV AUTH_TOKEN_ENABLED=true SECRET_SCANNING=off\n' },
    { name: 'innocent names', code: 'FROM node:20-slim\nENV NODE_ENV=production PASSENGER_MODE=on BYPASS=1 PORT=8080\n' },
    { name: 'placeholders', code: 'FROM node:20-slim\nENV ADMIN_PASSWORD=changeme API_TOKEN=<your-token>\n' },
    { name: 'URL without password', code: 'FROM node:20-slim\nENV DATABASE_URL=postgres://app@db:5432/app REDIS_URL=redis://${REDIS_USER}:${REDIS_PASSWORD}@cache:6379\n' },
  ],
  invalid: [
    {
      name: 'a token format under an innocent name is still found',
      code: 'FROM node:20-slim\nENV HELPER=ghp_abcdefghijklmnopqrstuvwxyz0123456789\n',
      errors: [{ line: 2, messageId: 'secretValue', message: 'ENV HELPER holds a secret (GitHub token' }],
    },
    {
      name: 'ENV password',
      code: 'FROM postgres:16\nENV POSTGRES_PASSWORD=Xk9mP2vQ7rTw\n',
      errors: [{ line: 2, messageId: 'secretValue', message: 'ENV POSTGRES_PASSWORD holds a secret (secret value, …(12 chars))' }],
    },
    {
      name: 'ARG default and legacy ENV syntax, continued',
      code: 'FROM node:20-slim\nARG NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789\nENV LOG_LEVEL=info \\\n    OPENAI_API_KEY=sk-live-1234567890abcdef\nENV GITHUB_TOKEN ghp_abcdefghijklmnopqrstuvwxyz0123456789\n',
      errors: [
        { line: 2, messageId: 'secretValue', message: 'ARG NPM_TOKEN' },
        { line: 3, messageId: 'secretValue', message: 'OPENAI_API_KEY holds a secret (OpenAI API key, sk-…' },
        { line: 5, messageId: 'secretValue', message: 'GITHUB_TOKEN holds a secret (GitHub token, ghp_…(40 chars))' },
      ],
    },
    {
      name: 'credentials in a connection URL',
      code: 'FROM node:20-slim\nENV DATABASE_URL="postgres://app:s3cr3t-pw@db:5432/app"\n',
      errors: [{ line: 2, messageId: 'credentialsInUrl', message: 'ENV DATABASE_URL' }],
    },
  ],
});

test('dockerfile/secret-in-env-arg never prints the value', () => {
  const found = runCase(check, { code: 'FROM node:20-slim\nENV DB_PASSWORD=correct-horse-battery\nENV DSN=mysql://root:tr0ub4dor@db/app\n' }, 'Dockerfile');
  expect(found).toHaveLength(2);
  for (const f of found) {
    expect(JSON.stringify(f)).not.toContain('correct-horse-battery');
    expect(JSON.stringify(f)).not.toContain('tr0ub4dor');
  }
});
