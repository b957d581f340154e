import check from '../../../../src/core/checks/compose/healthcheck-incomplete';
import { describeCheck } from '../../../helpers/check-cases';

const FULL = '    healthcheck:\n      test: ["CMD", "true"]\n      interval: 10s\n      timeout: 3s\n      retries: 3\n      start_period: 20s\n';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'every timing set', code: `services:\n  web:\n    image: nginx:1.27\n${FULL}` },
    { name: 'no healthcheck (compose/healthcheck-missing reports that)', code: 'services:\n  web:\n    image: nginx:1.27\n' },
    { name: 'disabled healthcheck', code: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      disable: true\n' },
    {
      name: 'override completes the timings',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 10s\n',
        'stacks/dev/docker-compose.yml': 'services:\n  web:\n    healthcheck:\n      timeout: 3s\n      retries: 3\n      start_period: 5s\n',
        'stacks/staging/docker-compose.yml': 'services:\n  web:\n    healthcheck:\n      timeout: 3s\n      retries: 3\n      start_period: 5s\n',
        'stacks/prod/docker-compose.yml': 'services:\n  web:\n    healthcheck:\n      timeout: 3s\n      retries: 3\n      start_period: 5s\n',
      },
    },
  ],
  invalid: [
    {
      name: 'only a test: all timings and start_period missing',
      code: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "true"]\n',
      errors: [
        { line: 4, messageId: 'missingTimings', message: 'healthcheck of service "web" does not set interval, timeout, retries' },
        { line: 4, messageId: 'missingStartPeriod', message: '"web"' },
      ],
    },
    {
      name: 'only start_period missing',
      code: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 10s\n      timeout: 3s\n      retries: 3\n',
      errors: [{ line: 4, messageId: 'missingStartPeriod' }],
    },
  ],
});
