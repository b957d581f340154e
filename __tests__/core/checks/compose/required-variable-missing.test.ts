import check from '../../../../src/core/checks/compose/required-variable-missing';
import { describeCheck, runCase } from '../../../helpers/check-cases';

const REQUIRED = 'services:\n  web:\n    image: x:1\n    environment:\n      DB_PASSWORD: ${DB_PASSWORD:?DB_PASSWORD must be set}\n';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [{ name: 'required and set', files: { 'docker-compose.yml': 'services:\n  web:\n    image: acme/mcp:${TAG:?set TAG}\n', '.env': 'TAG=1.0\n' } }],
  invalid: [
    {
      name: 'required and missing: to be supplied where the stack is deployed',
      code: REQUIRED,
      errors: [
        {
          line: 5,
          messageId: 'required',
          message:
            'required variable "DB_PASSWORD" is missing a value: DB_PASSWORD must be set: the repository has no value for it, so it must be supplied where the stack is deployed (the Portainer stack variables, the deploy job environment)',
        },
      ],
    },
    {
      name: 'documented in .env.example, still without a value in the repository',
      files: { 'docker-compose.yml': REQUIRED, '.env.example': 'DB_PASSWORD=\n' },
      errors: [{ line: 5, messageId: 'required', message: 'must be supplied where the stack is deployed' }],
    },
    {
      name: 'set but empty with :?',
      files: { 'docker-compose.yml': 'services:\n  web:\n    image: acme/mcp:${TAG:?}\n', '.env': 'TAG=\n' },
      config: { environments: { prod: {} } },
      errors: [{ line: 3, messageId: 'required', message: '"TAG"' }],
    },
    {
      name: 'an environment that declares its variables complete',
      code: REQUIRED,
      config: { environments: { staging: {}, prod: { variablesComplete: true } } },
      errors: [
        {
          line: 5,
          messageId: 'requiredComplete',
          message: 'DB_PASSWORD must be set, and environment prod declares its variables complete (variablesComplete: true)',
        },
        { line: 5, messageId: 'required', message: 'must be supplied where the stack is deployed' },
      ],
    },
  ],
});

describe('compose/required-variable-missing: severity', () => {
  test('a warning without environments, once, with no environment tag', () => {
    const found = runCase(check, { code: REQUIRED }, 'docker-compose.yml');
    expect(found.map((f) => [f.severity, f.environments])).toEqual([['warning', undefined]]);
  });

  test('an error in an environment whose variables are complete, a warning in the others', () => {
    const config = { environments: { dev: {}, staging: {}, prod: { variablesComplete: true } } };
    const found = runCase(check, { code: REQUIRED, config }, 'docker-compose.yml');
    expect(found.map((f) => [f.severity, f.messageId, f.environments])).toEqual([
      ['error', 'requiredComplete', ['prod']],
      ['warning', 'required', ['dev', 'staging']],
    ]);
  });

  test('a check turned off stays off, complete or not', () => {
    const config = { environments: { prod: { variablesComplete: true } }, checks: { 'compose/required-variable-missing': 'off' } };
    expect(runCase(check, { code: REQUIRED, config }, 'docker-compose.yml')).toEqual([]);
  });
});
