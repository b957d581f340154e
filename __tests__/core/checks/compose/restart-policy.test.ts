import check from '../../../../src/core/checks/compose/restart-policy';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'a one-shot init container the server waits for',
      code: 'services:\n  migrate:\n    image: acme/migrate:1.0\n    restart: "no"\n  mcp-postgres:\n    image: acme/mcp-postgres:1.0\n    restart: unless-stopped\n    depends_on:\n      migrate:\n        condition: service_completed_successfully\n',
    },
    { name: 'restart: unless-stopped', code: 'services:\n  web:\n    image: nginx:1.27\n    restart: unless-stopped\n' },
    {
      name: 'deploy.restart_policy counts',
      code: 'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      restart_policy:\n        condition: on-failure\n',
    },
    { name: 'not checked outside production', code: 'services:\n  web:\n    image: nginx:1.27\n', config: { environments: { dev: {} } } },
    {
      name: 'prod override adds the policy; dev does not need one',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n',
        'stacks/prod/docker-compose.yml': 'services:\n  web:\n    restart: always\n',
      },
    },
  ],
  invalid: [
    {
      name: 'waited for only to start: a long-running service',
      code: 'services:\n  cache:\n    image: redis:7.4\n  mcp-memory:\n    image: acme/mcp-memory:1.0\n    restart: unless-stopped\n    depends_on:\n      cache:\n        condition: service_started\n',
      errors: [{ line: 2, messageId: 'missing' }],
    },
    {
      name: 'no policy',
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      errors: [{ line: 2, messageId: 'missing', message: 'service "web" has no restart policy' }],
    },
    {
      name: 'restart: no (YAML string)',
      code: 'services:\n  web:\n    image: nginx:1.27\n    restart: no\n',
      errors: [{ line: 4, messageId: 'disabled', message: 'restart: "no"' }],
    },
    {
      name: 'restart_policy condition none',
      code: 'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      restart_policy:\n        condition: none\n',
      errors: [{ line: 6, messageId: 'disabled', message: 'deploy.restart_policy.condition: none' }],
    },
    {
      name: 'environment named production counts as production',
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      config: { environments: { dev: {}, production: {} } },
      errors: [{ line: 2, messageId: 'missing' }],
    },
    {
      name: 'prod override sets restart: "no": the finding points at the override',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n    restart: always\n',
        'stacks/prod/docker-compose.yml': '# prod\nservices:\n  web:\n    restart: "no"\n',
      },
      errors: [{ file: 'stacks/prod/docker-compose.yml', line: 4, messageId: 'disabled' }],
    },
  ],
});
