import check from '../../../../src/core/checks/core/file-too-large';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [{ name: 'under the limit', code: 'services:\n  a:\n    image: x:1\n', config: { maxFileSizeKb: 1 } }],
  invalid: [
    {
      name: 'over maxFileSizeKb',
      code: `services:\n  a:\n    image: x:1\n    command: "${'x'.repeat(2048)}"\n`,
      config: { maxFileSizeKb: 1 },
      errors: [{ line: 1, messageId: 'tooLarge', message: 'over the 1024-byte limit' }],
    },
  ],
});
