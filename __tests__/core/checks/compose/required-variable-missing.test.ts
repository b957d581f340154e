import check from '../../../../src/core/checks/compose/required-variable-missing';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [{ name: 'required and set', files: { 'docker-compose.yml': 'services:\n  web:\n    image: acme/mcp:${TAG:?set TAG}\n', '.env': 'TAG=1.0\n' } }],
  invalid: [
    {
      name: 'required and missing',
      code: 'services:\n  web:\n    image: x:1\n    environment:\n      DB_PASSWORD: ${DB_PASSWORD:?DB_PASSWORD must be set}\n',
      errors: [
        { line: 5, messageId: 'required', message: 'required variable "DB_PASSWORD" is missing a value: DB_PASSWORD must be set (environment dev)' },
        { line: 5, messageId: 'required', message: '(environment prod)' },
        { line: 5, messageId: 'required', message: '(environment staging)' },
      ],
    },
    {
      name: 'set but empty with :?',
      files: { 'docker-compose.yml': 'services:\n  web:\n    image: acme/mcp:${TAG:?}\n', '.env': 'TAG=\n' },
      config: { environments: { prod: {} } },
      errors: [{ line: 3, messageId: 'required', message: '"TAG"' }],
    },
  ],
});
