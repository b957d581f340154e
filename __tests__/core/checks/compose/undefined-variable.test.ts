import check from '../../../../src/core/checks/compose/undefined-variable';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'defined in .env', files: { 'docker-compose.yml': 'services:\n  web:\n    image: acme/mcp:${TAG}\n', '.env': 'TAG=1.0\n' } },
    { name: 'default value', code: 'services:\n  web:\n    image: acme/mcp:${TAG:-1.0}\n' },
    { name: 'escaped $$', code: 'services:\n  web:\n    image: x:1\n    command: echo $$HOME\n' },
    { name: 'x- sections are not interpolated', code: 'x-doc: ${NOT_SET}\nservices:\n  web:\n    image: x:1\n' },
    {
      name: 'defined per environment in stackgate.yml',
      code: 'services:\n  web:\n    image: acme/mcp:${TAG}\n',
      config: { environments: { prod: { variables: { TAG: '2.0' } } } },
    },
  ],
  invalid: [
    {
      name: 'unset variable',
      code: 'services:\n  web:\n    image: x:1\n    environment:\n      LOG_LEVEL: ${UNSET}\n',
      // One finding per environment: the message names it.
      errors: [
        { line: 5, messageId: 'undefined', message: 'variable "UNSET" is not set; it defaults to an empty string (environment dev)' },
        { line: 5, messageId: 'undefined', message: '(environment prod)' },
        { line: 5, messageId: 'undefined', message: '(environment staging)' },
      ],
    },
    {
      name: 'set for dev only: reported for the environments that lack it',
      code: 'services:\n  web:\n    image: acme/mcp:${TAG}\n',
      config: { environments: { dev: { variables: { TAG: 'dev' } }, prod: {} } },
      errors: [{ line: 3, messageId: 'undefined', message: '(environment prod)' }],
    },
  ],
});
