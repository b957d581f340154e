import check from '../../../../src/core/checks/compose/invalid-interpolation';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [{ name: 'well-formed', code: 'services:\n  web:\n    image: acme/mcp:${TAG:-1.0}\n    command: echo $${HOME}\n' }],
  invalid: [
    { name: 'unclosed ${', code: 'services:\n  web:\n    image: acme/mcp:${TAG\n', errors: [{ line: 3, messageId: 'syntax', message: 'unclosed' }] },
    {
      name: 'invalid operator',
      code: 'services:\n  web:\n    image: x:1\n    environment:\n      A: ${TAG#prefix}\n',
      errors: [{ line: 5, messageId: 'syntax', message: 'invalid interpolation format' }],
    },
  ],
});
