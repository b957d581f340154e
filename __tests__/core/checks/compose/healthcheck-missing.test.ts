import check from '../../../../src/core/checks/compose/healthcheck-missing';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'healthcheck present',
      code: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "true"]\n',
    },
    { name: 'built service (HEALTHCHECK belongs in its Dockerfile)', code: 'services:\n  app:\n    build: .\n' },
    {
      name: 'override adds the healthcheck for every environment',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n',
        'stacks/dev/docker-compose.yml': 'services:\n  web:\n    healthcheck:\n      test: ["CMD", "true"]\n',
        'stacks/staging/docker-compose.yml': 'services:\n  web:\n    healthcheck:\n      test: ["CMD", "true"]\n',
        'stacks/prod/docker-compose.yml': 'services:\n  web:\n    healthcheck:\n      test: ["CMD", "true"]\n',
      },
    },
  ],
  invalid: [
    { name: 'no healthcheck', code: 'services:\n  web:\n    image: nginx:1.27\n', errors: [{ line: 2, messageId: 'missing', message: '"web"' }] },
    {
      name: 'disabled',
      code: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      disable: true\n',
      errors: [{ line: 4, messageId: 'disabled' }],
    },
    {
      name: 'prod override disables it: the finding points at the override layer',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "true"]\n',
        'stacks/prod/docker-compose.yml': '# prod tweaks\nservices:\n  web:\n    healthcheck:\n      test: ["NONE"]\n',
      },
      errors: [{ file: 'stacks/prod/docker-compose.yml', line: 4, messageId: 'disabled' }],
    },
  ],
});
