import check from '../../../../src/core/checks/compose/depends-on-unknown';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'known', code: 'services:\n  web:\n    image: x:1\n    depends_on: [db]\n  db:\n    image: postgres:16\n' },
    {
      name: 'optional dependency',
      code: 'services:\n  web:\n    image: x:1\n    depends_on:\n      cache:\n        condition: service_started\n        required: false\n',
    },
    {
      name: 'dependency in an inactive profile still exists',
      code: 'services:\n  web:\n    image: x:1\n    depends_on: [debug]\n  debug:\n    image: x:1\n    profiles: [debug]\n',
    },
  ],
  invalid: [
    {
      name: 'typo in list syntax',
      code: 'services:\n  web:\n    image: x:1\n    depends_on:\n      - postgress\n  postgres:\n    image: postgres:16\n',
      errors: [
        { line: 5, messageId: 'unknown', message: 'service "web" depends on "postgress", which stack "root" does not define; did you mean "postgres"?' },
      ],
    },
    {
      name: 'map syntax',
      code: 'services:\n  web:\n    image: x:1\n    depends_on:\n      redis:\n        condition: service_healthy\n',
      errors: [{ line: 5, messageId: 'unknown', message: '"redis"' }],
    },
    {
      name: 'the prod override removes the dependency with !reset',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: x:1\n    depends_on: [db]\n  db:\n    image: postgres:16\n',
        'stacks/prod/docker-compose.yml': 'services:\n  db: !reset null\n',
      },
      errors: [{ file: 'stacks/common/docker-compose.yml', line: 4, messageId: 'unknown' }],
    },
  ],
});
