import check from '../../../../src/core/checks/secrets/env-example';
import { describeCheck } from '../../../helpers/check-cases';

const COMPOSE = `x-common: &common
  LOG_LEVEL: \${LOG_LEVEL:-info}
services:
  mcp-github:
    image: ghcr.io/acme/mcp-github:\${TAG:-1.0}
    environment:
      <<: *common
      GITHUB_TOKEN: \${GITHUB_TOKEN:?set it in Portainer}
      ORG: $GITHUB_ORG
    healthcheck:
      test: ["CMD-SHELL", "test -n $$GITHUB_TOKEN"]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: \${DB_PASSWORD}
      HOME_DIR: \${HOME}
`;

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'every required variable in .env.example',
      code: COMPOSE,
      files: { '.env.example': '# Credentials\nGITHUB_TOKEN=\nGITHUB_ORG=acme\n# DB_PASSWORD=\n' },
    },
    {
      name: 'variables in stackgate.yml environments',
      code: COMPOSE,
      config: { environments: { prod: { variables: { GITHUB_TOKEN: 'x', GITHUB_ORG: 'acme', DB_PASSWORD: 'x' } } } },
    },
    {
      name: 'a committed env file next to the stack sets them',
      files: {
        'stacks/common/docker-compose.yml': COMPOSE,
        'stacks/common/.env': 'GITHUB_ORG=acme\n',
        'stacks/common/secrets.env.example': 'GITHUB_TOKEN=\nDB_PASSWORD=\n',
      },
    },
  ],
  invalid: [
    {
      name: 'nothing documents them: one finding per variable, at its first use',
      code: COMPOSE,
      errors: [
        { line: 8, messageId: 'undocumented', message: '"GITHUB_TOKEN"' },
        { line: 9, message: '"GITHUB_ORG"' },
        { line: 15, message: '"DB_PASSWORD"' },
      ],
    },
    {
      name: 'the example misses one; an override file uses it first',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: nginx:${NGINX_TAG:-1.27}\n',
        'stacks/prod/docker-compose.yml': '# prod\nservices:\n  web:\n    environment:\n      API_KEY: ${API_KEY:?}\n      REGION: ${REGION}\n',
        '.env.example': 'REGION=eu\n',
      },
      errors: [{ file: 'stacks/prod/docker-compose.yml', line: 5, message: '"API_KEY"' }],
    },
  ],
  notApplicable: [
    { name: 'every variable has a default', code: 'services:\n  web:\n    image: nginx:${TAG:-1.27}\n    environment:\n      A: ${A-x}\n      B: ${B:+on}\n' },
    { name: 'no Compose files', files: { 'README.md': '# x\n' } },
  ],
});
