import check from '../../../../src/core/checks/compose/depends-on-healthy';
import { describeCheck } from '../../../helpers/check-cases';

const DB = '  db:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'waits for healthy', code: `services:\n  web:\n    image: x:1\n    depends_on:\n      db:\n        condition: service_healthy\n${DB}` },
    { name: 'dependency without healthcheck', code: 'services:\n  web:\n    image: x:1\n    depends_on: [cache]\n  cache:\n    image: redis:7\n' },
    {
      name: 'one-shot dependency',
      code: `services:\n  web:\n    image: x:1\n    depends_on:\n      db:\n        condition: service_completed_successfully\n${DB}`,
    },
    { name: "unknown dependency is depends-on-unknown's finding", code: 'services:\n  web:\n    image: x:1\n    depends_on: [nope]\n' },
  ],
  invalid: [
    {
      name: 'short list syntax',
      code: `services:\n  web:\n    image: x:1\n    depends_on:\n      - db\n${DB}`,
      errors: [{ line: 5, messageId: 'notHealthy', message: 'service "web" depends on "db" without condition: service_healthy' }],
    },
    {
      name: 'service_started',
      code: `services:\n  web:\n    image: x:1\n    depends_on:\n      db:\n        condition: service_started\n${DB}`,
      errors: [{ line: 5, messageId: 'notHealthy' }],
    },
    {
      name: 'prod override adds the healthcheck; the dependency line in the base is reported',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: x:1\n    depends_on: [db]\n  db:\n    image: postgres:16\n',
        'stacks/prod/docker-compose.yml': `services:\n${DB}`,
      },
      errors: [{ file: 'stacks/common/docker-compose.yml', line: 4, messageId: 'notHealthy' }],
    },
  ],
});
