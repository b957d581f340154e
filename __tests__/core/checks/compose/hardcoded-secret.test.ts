import check from '../../../../src/core/checks/compose/hardcoded-secret';
import { describeCheck, runCase } from '../../../helpers/check-cases';

// Built at runtime so that no scanner mistakes this test for a leak.
const GITHUB = ['ghp', '_', 'A1b2C3d4E5f6G7h8', 'I9j0K1l2M3n4O5p6', 'Q7r8'].join('');
const AWS = ['AK', 'IA', 'Z7QX3M5N2P4R6T8V'].join('');
const SLACK = ['xo', 'xb-', '1234567890-', 'AbCdEfGhIjKlMnOp'].join('');
const OPENAI = ['sk', '-proj-', 'Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1Gf0'].join('');
const ANTHROPIC = ['sk', '-ant-', 'api03-', 'Qw3Er4Ty5Ui6Op7As8Df9Gh0Jk'].join('');
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
    { name: 'pass-through from the host environment', code: 'services:\n  web:\n    image: acme/mcp:1.0\n    environment:\n      - GITHUB_TOKEN\n      - DB_PASSWORD=${DB_PASSWORD:?set it}\n' },
    { name: 'low-entropy filler', code: 'services:\n  web:\n    image: acme/mcp:1.0\n    environment:\n      SECRET: aaaaaaaaaaaa\n' },
  ],
  invalid: [
    {
      name: 'known token formats in map syntax',
      code: `services:\n  web:\n    image: acme/mcp:1.0\n    environment:\n      GH: ${GITHUB}\n      AWS_ACCESS_KEY_ID: ${AWS}\n      SLACK: "${SLACK}"\n      OPENAI_API_KEY: ${OPENAI}\n      ANTHROPIC_API_KEY: ${ANTHROPIC}\n`,
      errors: [
        { line: 5, messageId: 'environment', message: 'service "web" sets GH to a hard-coded GitHub token: ghp_…(40 chars)' },
        { line: 6, messageId: 'environment', message: 'AWS access key id: AKIA…(20 chars)' },
        { line: 7, messageId: 'environment', message: 'Slack token: xoxb-…' },
        { line: 8, messageId: 'environment', message: 'OpenAI API key: sk-…' },
        { line: 9, messageId: 'environment', message: 'Anthropic API key: sk-ant-…' },
      ],
    },
    {
      name: 'list syntax and a secret-named key with a literal',
      code: `services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=app\n      - POSTGRES_PASSWORD=${PASSWORD}\n      - GITHUB_TOKEN=${GITHUB}\n`,
      errors: [
        { line: 6, messageId: 'environment', message: 'sets POSTGRES_PASSWORD to a hard-coded secret value: …(14 chars)' },
        { line: 7, messageId: 'environment', message: 'GitHub token' },
      ],
    },
    {
      name: 'private key in a multi-line value',
      code: 'services:\n  web:\n    image: acme/mcp:1.0\n    environment:\n      TLS_KEY: |\n        -----BEGIN RSA PRIVATE KEY-----\n        MIIEowIBAAKCAQEA\n        -----END RSA PRIVATE KEY-----\n',
      errors: [{ line: 5, messageId: 'environment', message: 'private key: -----BEGIN … PRIVATE KEY-----…' }],
    },
    {
      name: 'build argument',
      code: `services:\n  app:\n    build:\n      context: .\n      args:\n        NPM_TOKEN: ${['npm', '_', 'Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2'].join('')}\n`,
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
