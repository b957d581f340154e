import check from '../../../../src/core/checks/compose/cpu-limit';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'deploy limit', code: 'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      resources:\n        limits:\n          cpus: "0.5"\n' },
    { name: 'legacy cpus', code: 'services:\n  web:\n    image: nginx:1.27\n    cpus: 1.5\n' },
    { name: 'not checked outside production', code: 'services:\n  web:\n    image: nginx:1.27\n', config: { environments: { staging: {} } } },
  ],
  invalid: [
    {
      name: 'no limit',
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      errors: [{ line: 2, messageId: 'missing', message: 'service "web" has no CPU limit' }],
    },
    {
      name: 'memory limit only: reported at limits',
      code: 'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n',
      errors: [{ line: 6, messageId: 'missing' }],
    },
    { name: 'cpus 0 means unlimited', code: 'services:\n  web:\n    image: nginx:1.27\n    cpus: 0\n', errors: [{ line: 4, messageId: 'unlimited' }] },
  ],
});
