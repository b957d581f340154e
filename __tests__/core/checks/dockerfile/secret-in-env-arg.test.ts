import check from '../../../../src/core/checks/dockerfile/secret-in-env-arg';
import { describeCheck, runCase } from '../../../helpers/check-cases';
import { githubToken, randomString } from '../../../helpers/fake-secret';

const GH = githubToken(51);
const NPM = githubToken(52, 'npm_');
const OPENAI = `sk-proj-${randomString(40, 53)}T3BlbkFJ${randomString(40, 54)}`;

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    { name: 'ARG without default', code: 'FROM node:20-slim\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npm_token npm ci\n' },
    { name: 'reference to a build arg', code: 'FROM node:20-slim\nARG API_KEY\nENV API_KEY=${API_KEY}\n' },
    {
      name: 'pointers to secrets, not secrets',
      code: 'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password TOKEN_URL=https://auth.example.com/token TOKEN_TTL=3600\n',
    },
    { name: 'flags', code: 'FROM node:20-slim\nENV AUTH_TOKEN_ENABLED=true SECRET_SCANNING=off\n' },
    { name: 'innocent names', code: 'FROM node:20-slim\nENV NODE_ENV=production PASSENGER_MODE=on BYPASS=1 PORT=8080\n' },
    { name: 'placeholders', code: 'FROM node:20-slim\nENV ADMIN_PASSWORD=changeme API_TOKEN=<your-token>\n' },
    {
      name: 'URL without password',
      code: 'FROM node:20-slim\nENV DATABASE_URL=postgres://app@db:5432/app REDIS_URL=redis://${REDIS_USER}:${REDIS_PASSWORD}@cache:6379\n',
    },
  ],
  invalid: [
    {
      name: 'a token format under an innocent name is still found',
      code: `FROM node:20-slim\nENV HELPER=${GH}\n`,
      errors: [{ line: 2, messageId: 'secretValue', message: 'ENV HELPER holds a secret (GitHub personal access token (classic), ghp_…(40 chars))' }],
    },
    {
      name: 'ENV password',
      code: 'FROM postgres:16\nENV POSTGRES_PASSWORD=Xk9mP2vQ7rTw\n',
      errors: [{ line: 2, messageId: 'secretValue', message: 'ENV POSTGRES_PASSWORD holds a secret (secret value, Xk9…(12 chars))' }],
    },
    {
      name: 'ARG default and legacy ENV syntax, continued',
      code: `FROM node:20-slim\nARG NPM_TOKEN=${NPM}\nENV LOG_LEVEL=info \\\n    OPENAI_API_KEY=${OPENAI}\nENV GITHUB_TOKEN ${GH}\n`,
      errors: [
        { line: 2, messageId: 'secretValue', message: 'ARG NPM_TOKEN' },
        { line: 3, messageId: 'secretValue', message: 'OPENAI_API_KEY holds a secret (OpenAI project API key, sk-p…(' },
        { line: 5, messageId: 'secretValue', message: 'GITHUB_TOKEN holds a secret (GitHub personal access token (classic), ghp_…(40 chars))' },
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
