import check from '../../../../src/core/checks/compose/hardcoded-secret';
import { describeCheck, runCase } from '../../../helpers/check-cases';
import { awsAccessKeyId, githubToken, randomString } from '../../../helpers/fake-secret';

// Built at run time from a seeded generator, in valid formats (with checksums), so that no scanner
// mistakes this test for a leak and the provider rules recognise them.
const GITHUB = githubToken(71);
const AWS = awsAccessKeyId(72);
const SLACK = `xoxb-${randomString(11, 73, '0123456789')}-${randomString(12, 74, '0123456789')}-${randomString(24, 75)}`;
const OPENAI = `sk-proj-${randomString(40, 76)}T3BlbkFJ${randomString(40, 77)}`;
const ANTHROPIC = `sk-ant-api03-${randomString(93, 78)}AA`;
const PASSWORD = ['Tr0ub4dor', '&3xK9'].join('');

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'references, placeholders and non-secret keys',
      code: [
        'services:',
        '  web:',
        '    image: acme/mcp:1.0',
        '    environment:',
        '      DB_PASSWORD: ${DB_PASSWORD}',
        '      API_KEY: $API_KEY',
        '      ADMIN_PASSWORD: changeme',
        '      GITHUB_TOKEN: <your-token>',
        '      JWT_SECRET: xxxxxxxxxxxx',
        '      SHORT_PASSWORD: hunter2',
        '      POSTGRES_PASSWORD_FILE: /run/secrets/pg',
        '      OPENAI_API_KEY: example-key-value',
        '      TOKEN_TTL: 3600s-abcdef',
        '      LOG_LEVEL: debug-verbose-mode',
        '      AUTH_TOKEN:',
        '',
      ].join('\n'),
    },
    {
      name: 'pass-through from the host environment',
      code: 'services:\n  web:\n    image: acme/mcp:1.0\n    environment:\n      - GITHUB_TOKEN\n      - DB_PASSWORD=${DB_PASSWORD:?set it}\n',
    },
    { name: 'low-entropy filler', code: 'services:\n  web:\n    image: acme/mcp:1.0\n    environment:\n      SECRET: aaaaaaaaaaaa\n' },
  ],
  invalid: [
    {
      name: 'known token formats in map syntax',
      code: `services:\n  web:\n    image: acme/mcp:1.0\n    environment:\n      GH: ${GITHUB}\n      AWS_ACCESS_KEY_ID: ${AWS}\n      SLACK: "${SLACK}"\n      OPENAI_API_KEY: ${OPENAI}\n      ANTHROPIC_API_KEY: ${ANTHROPIC}\n`,
      errors: [
        { line: 5, messageId: 'environment', message: 'service "web" sets GH to a hard-coded GitHub personal access token (classic): ghp_…(40 chars)' },
        { line: 6, messageId: 'environment', message: 'AWS access key ID: AKIA…(20 chars)' },
        { line: 7, messageId: 'environment', message: 'Slack bot token: xoxb…(' },
        { line: 8, messageId: 'environment', message: 'OpenAI project API key: sk-p…(' },
        { line: 9, messageId: 'environment', message: 'Anthropic API key: sk-a…(108 chars)' },
      ],
    },
    {
      name: 'list syntax and a secret-named key with a literal',
      code: `services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=app\n      - POSTGRES_PASSWORD=${PASSWORD}\n      - GITHUB_TOKEN=${GITHUB}\n`,
      errors: [
        { line: 6, messageId: 'environment', message: 'sets POSTGRES_PASSWORD to a hard-coded secret value: Tr0…(14 chars)' },
        { line: 7, messageId: 'environment', message: 'GitHub personal access token (classic)' },
      ],
    },
    {
      name: 'private key in a multi-line value',
      code: 'services:\n  web:\n    image: acme/mcp:1.0\n    environment:\n      TLS_KEY: |\n        -----BEGIN RSA PRIVATE KEY-----\n        MIIEowIBAAKCAQEA\n        -----END RSA PRIVATE KEY-----\n',
      errors: [{ line: 5, messageId: 'environment', message: 'RSA private key (PKCS#1 PEM): ----…(' }],
    },
    {
      name: 'build argument',
      code: `services:\n  app:\n    build:\n      context: .\n      args:\n        NPM_TOKEN: ${githubToken(79, 'npm_')}\n`,
      errors: [{ line: 6, messageId: 'buildArg', message: 'build argument NPM_TOKEN' }],
    },
    {
      name: 'the base uses a reference, the prod override a literal: the finding points at the override',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: acme/mcp:1.0\n    environment:\n      - GITHUB_TOKEN=${GITHUB_TOKEN}\n',
        'stacks/prod/docker-compose.yml': `services:\n  web:\n    environment:\n      - LOG_LEVEL=warn\n      - GITHUB_TOKEN=${GITHUB}\n`,
      },
      errors: [{ file: 'stacks/prod/docker-compose.yml', line: 5, messageId: 'environment', message: 'GITHUB_TOKEN' }],
    },
  ],
});

describe('compose/hardcoded-secret redaction', () => {
  test('no finding message contains the secret or a part of it', () => {
    const code = `services:\n  web:\n    image: acme/mcp:1.0\n    environment:\n      - TOKEN=${GITHUB}\n      - DB_PASSWORD=${PASSWORD}\n      - AWS_ACCESS_KEY_ID=${AWS}\n      - OPENAI_API_KEY=${OPENAI}\n`;
    const findings = runCase(check, { code }, 'docker-compose.yml');
    expect(findings).toHaveLength(4);
    for (const f of findings) {
      for (const secret of [GITHUB, PASSWORD, AWS, OPENAI]) {
        expect(f.message).not.toContain(secret);
        expect(f.message).not.toContain(secret.slice(-8));
      }
      expect(JSON.stringify(f)).not.toContain(GITHUB.slice(4, 12));
    }
  });
});
