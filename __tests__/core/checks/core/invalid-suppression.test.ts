import check from '../../../../src/core/checks/core/invalid-suppression';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'with a reason', code: 'services:\n  # stackgate-ignore compose/healthcheck-missing: sidecar, probed by its parent\n  a:\n    image: x:1\n' },
  ],
  invalid: [
    {
      name: 'no reason',
      code: 'services:\n  a: # stackgate-ignore compose/healthcheck-missing\n    image: x:1\n',
      errors: [{ line: 2, messageId: 'missingReason', message: 'compose/healthcheck-missing has no reason' }],
    },
    {
      name: 'unknown check id',
      files: { Dockerfile: 'FROM node:20.11\n# stackgate-ignore dockerfile/no-such-check: because\nUSER node\n' },
      errors: [{ file: 'Dockerfile', line: 2, messageId: 'unknownCheck', message: '"dockerfile/no-such-check"' }],
    },
  ],
});
