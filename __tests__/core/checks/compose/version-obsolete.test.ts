import check from '../../../../src/core/checks/compose/version-obsolete';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [{ name: 'no version', code: 'services:\n  web:\n    image: x:1\n' }],
  invalid: [
    {
      name: 'version 3.8',
      code: '# app\nversion: "3.8"\nservices:\n  web:\n    image: x:1\n',
      errors: [{ line: 2, messageId: 'obsolete', message: 'top-level "version: 3.8" is obsolete' }],
    },
    {
      name: 'every layer is checked',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: x:1\n',
        'stacks/prod/docker-compose.yml': 'version: "3"\nservices:\n  web:\n    restart: always\n',
      },
      errors: [{ file: 'stacks/prod/docker-compose.yml', line: 1, messageId: 'obsolete' }],
    },
  ],
});
