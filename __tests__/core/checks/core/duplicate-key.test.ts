import check from '../../../../src/core/checks/core/duplicate-key';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [{ name: 'same key in different maps', code: 'services:\n  a:\n    image: x:1\n  b:\n    image: x:1\n' }],
  invalid: [
    {
      name: 'duplicate service key',
      code: 'services:\n  a:\n    image: x:1\n    image: x:2\n',
      errors: [{ line: 4, messageId: 'duplicate', message: 'unique' }],
    },
    { name: 'duplicate in a manifest', files: { 'd.yaml': 'apiVersion: v1\nkind: ConfigMap\nkind: Secret\n' }, errors: [{ file: 'd.yaml', line: 3 }] },
  ],
});
