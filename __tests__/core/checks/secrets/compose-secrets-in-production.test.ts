import check from '../../../../src/core/checks/secrets/compose-secrets-in-production';
import { describeCheck } from '../../../helpers/check-cases';

const VARS = {
  environments: { staging: { variables: { DB_PASSWORD: 'x', GITHUB_TOKEN: 'y' } }, prod: { variables: { DB_PASSWORD: 'x', GITHUB_TOKEN: 'y' } } },
};

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'Compose secrets and *_FILE variables',
      code: 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets: [db_password]\nsecrets:\n  db_password:\n    environment: DB_PASSWORD\n',
      config: VARS,
    },
    {
      name: 'non-credential variables may come from the environment',
      code: 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      LOG_LEVEL: ${LOG_LEVEL:-info}\n      TOKENIZERS_PARALLELISM: "false"\n',
    },
    {
      name: 'only staging passes it as a variable',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  app:\n    image: ghcr.io/acme/app:1\n',
        'stacks/staging/docker-compose.yml': 'services:\n  app:\n    environment:\n      API_TOKEN: ${GITHUB_TOKEN}\n',
      },
      config: VARS,
    },
  ],
  invalid: [
    {
      name: 'credentials interpolated into environment',
      code: 'services:\n  app:\n    image: ghcr.io/acme/app:1\n    environment:\n      GITHUB_PERSONAL_ACCESS_TOKEN: ${GITHUB_TOKEN:?required}\n      DATABASE_URL: postgresql://app:${DB_PASSWORD}@db:5432/app\n      LOG_LEVEL: ${LOG_LEVEL:-info}\n',
      config: VARS,
      errors: [
        {
          line: 5,
          messageId: 'plainCredential',
          message: 'service "app" gets credential GITHUB_PERSONAL_ACCESS_TOKEN as a plain environment variable interpolated from ${GITHUB_TOKEN} in prod',
        },
        { line: 6, message: 'credential DATABASE_URL as a plain environment variable interpolated from ${DB_PASSWORD}' },
      ],
    },
    {
      name: 'list syntax, set in the production override',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  app:\n    image: ghcr.io/acme/app:1\n',
        'stacks/prod/docker-compose.yml': '# prod\nservices:\n  app:\n    environment:\n      - PGPASSWORD=$DB_PASSWORD\n',
      },
      config: VARS,
      errors: [{ file: 'stacks/prod/docker-compose.yml', line: 5, message: 'credential PGPASSWORD' }],
    },
    {
      name: 'two production environments: one finding naming both',
      code: 'services:\n  app:\n    image: ghcr.io/acme/app:1\n    environment:\n      N8N_API_KEY: ${N8N_API_KEY:?}\n',
      config: { environments: { eu: { production: true, variables: { N8N_API_KEY: 'x' } }, us: { production: true, variables: { N8N_API_KEY: 'x' } } } },
      errors: [{ line: 5, message: 'interpolated from ${N8N_API_KEY} in eu, us;' }],
    },
  ],
  notApplicable: [
    {
      name: 'no production environment',
      code: 'services:\n  app:\n    image: a\n    environment:\n      TOKEN: ${T}\n',
      config: { environments: { dev: {} } },
    },
    { name: 'no Compose services', files: { 'README.md': '# x\n' } },
  ],
});
