import check from '../../../../src/core/checks/compose/no-new-privileges';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'set', code: 'services:\n  web:\n    image: x:1\n    security_opt:\n      - no-new-privileges:true\n' },
    {
      name: 'bare flag and = form',
      code: 'services:\n  a:\n    image: x:1\n    security_opt: [no-new-privileges]\n  b:\n    image: x:1\n    security_opt: ["no-new-privileges=true"]\n',
    },
  ],
  invalid: [
    { name: 'missing', code: 'services:\n  web:\n    image: x:1\n', errors: [{ line: 2, messageId: 'missing', message: 'service "web"' }] },
    {
      name: 'other options only',
      code: 'services:\n  web:\n    image: x:1\n    security_opt:\n      - apparmor:docker-default\n',
      errors: [{ line: 4, messageId: 'missing' }],
    },
    {
      name: 'explicitly false',
      code: 'services:\n  web:\n    image: x:1\n    security_opt:\n      - seccomp:default.json\n      - no-new-privileges:false\n',
      errors: [{ line: 6, messageId: 'disabled', message: 'no-new-privileges:false' }],
    },
  ],
});
