import check from '../../../../src/core/checks/compose/memory-limit';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'deploy limit', code: 'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n' },
    { name: 'legacy mem_limit', code: 'services:\n  web:\n    image: nginx:1.27\n    mem_limit: 256m\n' },
    { name: 'not checked outside production', code: 'services:\n  web:\n    image: nginx:1.27\n', config: { environments: { dev: {} } } },
  ],
  invalid: [
    {
      name: 'no limit',
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      errors: [{ line: 2, messageId: 'missing', message: 'service "web" has no memory limit' }],
    },
    {
      name: 'deploy.resources without limits is reported at resources',
      code: 'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      resources:\n        reservations:\n          memory: 128M\n',
      errors: [{ line: 5, messageId: 'missing' }],
    },
    {
      name: 'mem_limit 0 means unlimited',
      code: 'services:\n  web:\n    image: nginx:1.27\n    mem_limit: 0\n',
      errors: [{ line: 4, messageId: 'unlimited' }],
    },
    {
      name: 'prod override sets an unlimited limit: the finding points at the override',
      files: {
        'stacks/common/docker-compose.yml':
          'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n',
        'stacks/prod/docker-compose.yml': 'services:\n  web:\n    deploy:\n      resources:\n        limits:\n          memory: "0"\n',
      },
      errors: [{ file: 'stacks/prod/docker-compose.yml', line: 6, messageId: 'unlimited', message: '"web"' }],
    },
  ],
});
