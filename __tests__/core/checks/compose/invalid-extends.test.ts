import check from '../../../../src/core/checks/compose/invalid-extends';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'same file', code: 'services:\n  base:\n    image: x:1\n  web:\n    extends: base\n' },
    {
      name: 'other file',
      files: {
        'docker-compose.yml': 'services:\n  web:\n    extends:\n      file: common.yml\n      service: base\n',
        'common.yml': 'services:\n  base:\n    image: x:1\n',
      },
    },
  ],
  invalid: [
    { name: 'unknown service', code: 'services:\n  web:\n    extends: bsae\n', errors: [{ line: 3, messageId: 'extends', message: 'names service "bsae"' }] },
    {
      name: 'missing file',
      code: 'services:\n  web:\n    image: x:1\n    extends:\n      file: nope.yml\n      service: base\n',
      errors: [{ line: 4, messageId: 'extends', message: '"extends" file "nope.yml" was not found' }],
    },
    {
      name: 'cycle',
      code: 'services:\n  a:\n    extends: b\n  b:\n    extends: a\n',
      errors: [
        { line: 3, messageId: 'extends', message: 'cycle' },
        { line: 5, messageId: 'extends', message: 'cycle' },
      ],
    },
  ],
});
