import check from '../../../../src/core/checks/compose/env-file-missing';
import { describeCheck } from '../../../helpers/check-cases';

const stack = (envFile: string): string => `services:\n  mcp:\n    image: ghcr.io/acme/mcp:1.2.0\n    env_file: ${envFile}\n`;

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'committed file, relative to the Compose file',
      files: { 'stacks/mcp/docker-compose.yml': stack('./mcp.env'), 'stacks/mcp/mcp.env': 'LOG_LEVEL=info\n' },
    },
    { name: 'a file .gitignore keeps out of the repository', files: { 'docker-compose.yml': stack('.env'), '.gitignore': '.env\n' } },
    {
      name: 'ignored through a nested .gitignore and a directory',
      files: { 'app/docker-compose.yml': stack('[secrets/prod.env]'), 'app/.gitignore': 'secrets/\n' },
    },
    { name: 'optional entry', code: stack('[{ path: ./local.env, required: false }]') },
    { name: 'interpolated path', code: stack('${ENV_FILE:-.env}') },
    { name: 'outside the repository is another check', code: stack('/etc/mcp/prod.env') },
  ],
  invalid: [
    {
      name: 'missing, with an example next to it',
      files: { 'docker-compose.yml': stack('.env'), '.env.example': 'GITHUB_TOKEN=\n' },
      errors: [
        {
          file: 'docker-compose.yml',
          line: 4,
          messageId: 'missing',
          message: 'service "mcp" env_file ".env" does not exist in the repository; create it from .env.example and add it to .gitignore, or commit it',
        },
      ],
    },
    {
      name: 'second entry of a list, long syntax',
      files: {
        'docker-compose.yml': [
          'services:',
          '  mcp:',
          '    image: ghcr.io/acme/mcp:1.2.0',
          '    env_file:',
          '      - ./common.env',
          '      - path: ./config/mcp.env',
          '        required: true',
          '',
        ].join('\n'),
        'common.env': 'TZ=UTC\n',
      },
      errors: [
        { file: 'docker-compose.yml', line: 6, messageId: 'missing', message: 'service "mcp" env_file "./config/mcp.env" does not exist in the repository' },
      ],
    },
  ],
});
