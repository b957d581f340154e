import check from '../../../../src/core/checks/compose/privileged';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'not set', code: 'services:\n  web:\n    image: nginx:1.27\n' },
    { name: 'false', code: 'services:\n  web:\n    image: nginx:1.27\n    privileged: false\n' },
    { name: "wrong type is compose/schema's business", code: 'services:\n  web:\n    image: nginx:1.27\n    privileged: [1]\n' },
  ],
  invalid: [
    {
      name: 'true',
      code: 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n',
      errors: [{ line: 4, messageId: 'privileged', message: 'service "web" runs privileged' }],
    },
    { name: 'string "true"', code: 'services:\n  web:\n    image: nginx:1.27\n    privileged: "true"\n', errors: [{ line: 4, messageId: 'privileged' }] },
    {
      name: 'only the dev override makes it privileged: reported in the override',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n',
        'stacks/dev/docker-compose.yml': '\nservices:\n  web:\n    privileged: true\n',
      },
      errors: [{ file: 'stacks/dev/docker-compose.yml', line: 4, messageId: 'privileged' }],
    },
  ],
});
