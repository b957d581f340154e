import check from '../../../../src/core/checks/core/empty-file';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [{ name: 'non-empty', code: 'services:\n  a:\n    image: x:1\n' }],
  invalid: [
    { name: 'empty compose file', code: '', errors: [{ line: 1, messageId: 'empty' }] },
    { name: 'comments only', code: '# TODO\n', errors: [{ line: 1, messageId: 'empty' }] },
  ],
});
