import check from '../../../../src/core/checks/compose/read-only-rootfs';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [{ name: 'read_only: true', code: 'services:\n  web:\n    image: nginx:1.27\n    read_only: true\n    tmpfs: [/tmp]\n' }],
  invalid: [
    { name: 'not set', code: 'services:\n  web:\n    image: nginx:1.27\n', errors: [{ line: 2, messageId: 'writable', message: 'service "web"' }] },
    { name: 'false', code: 'services:\n  web:\n    image: nginx:1.27\n    read_only: false\n', errors: [{ line: 4, messageId: 'writable' }] },
    {
      name: 'prod override turns it off: the finding points at the override',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n    read_only: true\n',
        'stacks/prod/docker-compose.yml': 'services:\n  web:\n    read_only: false\n',
      },
      errors: [{ file: 'stacks/prod/docker-compose.yml', line: 3, messageId: 'writable' }],
    },
  ],
});
