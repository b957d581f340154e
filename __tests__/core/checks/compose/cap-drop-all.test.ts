import check from '../../../../src/core/checks/compose/cap-drop-all';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'drops ALL', code: 'services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE]\n' },
    { name: 'CAP_ALL lower case', code: 'services:\n  web:\n    image: nginx:1.27\n    cap_drop:\n      - cap_all\n' },
  ],
  invalid: [
    { name: 'no cap_drop', code: 'services:\n  web:\n    image: nginx:1.27\n', errors: [{ line: 2, messageId: 'notDropped', message: 'service "web"' }] },
    { name: 'drops only some', code: 'services:\n  web:\n    image: nginx:1.27\n    cap_drop: [NET_RAW]\n', errors: [{ line: 4, messageId: 'notDropped' }] },
  ],
});
