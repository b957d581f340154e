import check from '../../../../src/core/checks/compose/non-root-user';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'numeric user', code: 'services:\n  web:\n    image: nginx:1.27\n    user: "1001:1001"\n' },
    { name: 'named user', code: 'services:\n  web:\n    image: nginx:1.27\n    user: node\n' },
    { name: 'built locally: USER belongs in the Dockerfile', code: 'services:\n  app:\n    build: .\n' },
  ],
  invalid: [
    { name: 'no user', code: 'services:\n  web:\n    image: nginx:1.27\n', errors: [{ line: 2, messageId: 'noUser', message: 'service "web" sets no user' }] },
    {
      name: 'user root',
      code: 'services:\n  web:\n    image: nginx:1.27\n    user: root\n',
      errors: [{ line: 4, messageId: 'rootUser', message: 'user: root' }],
    },
    {
      name: 'user 0:0 on a built service',
      code: 'services:\n  app:\n    build: .\n    user: "0:0"\n',
      errors: [{ line: 4, messageId: 'rootUser', message: '"app"' }],
    },
    { name: 'numeric 0', code: 'services:\n  web:\n    image: nginx:1.27\n    user: 0\n', errors: [{ line: 4, messageId: 'rootUser' }] },
    {
      name: 'prod override switches to root: the finding points at the override',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n    user: "1001"\n',
        'stacks/prod/docker-compose.yml': 'services:\n  web:\n    user: root\n',
      },
      errors: [{ file: 'stacks/prod/docker-compose.yml', line: 3, messageId: 'rootUser' }],
    },
  ],
});
