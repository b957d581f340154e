import check from '../../../../src/core/checks/compose/undefined-variable';
import { describeCheck, runCase } from '../../../helpers/check-cases';

const UNSET = 'services:\n  web:\n    image: x:1\n    environment:\n      LOG_LEVEL: ${UNSET}\n';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'defined in .env', files: { 'docker-compose.yml': 'services:\n  web:\n    image: acme/mcp:${TAG}\n', '.env': 'TAG=1.0\n' } },
    { name: 'default value', code: 'services:\n  web:\n    image: acme/mcp:${TAG:-1.0}\n' },
    {
      name: 'HOME and USER, which a login sets',
      code: 'services:\n  web:\n    image: x:1\n    environment:\n      OWNER: ${USER}\n    volumes:\n      - ${HOME}/.cache/app:/cache\n',
    },
    { name: 'PWD, which the shell running docker compose sets', code: 'services:\n  web:\n    image: x:1\n    volumes:\n      - ${PWD}/data:/data\n' },
    { name: 'escaped $$', code: 'services:\n  web:\n    image: x:1\n    command: echo $$HOME\n' },
    { name: 'x- sections are not interpolated', code: 'x-doc: ${NOT_SET}\nservices:\n  web:\n    image: x:1\n' },
    {
      name: 'defined per environment in stackgate.yml',
      code: 'services:\n  web:\n    image: acme/mcp:${TAG}\n',
      config: { environments: { prod: { variables: { TAG: '2.0' } } } },
    },
    { name: 'documented in .env.example beside the Compose file', files: { 'docker-compose.yml': UNSET, '.env.example': '# the log level\nUNSET=info\n' } },
    { name: 'documented in .env.sample', files: { 'docker-compose.yml': UNSET, '.env.sample': 'UNSET=\n' } },
    { name: 'documented, commented out, in .env.dist', files: { 'docker-compose.yml': UNSET, '.env.dist': '# UNSET=debug\n' } },
    {
      name: 'documented in an .env.example above the stack',
      files: { 'stacks/homeassistant/docker-compose.yml': UNSET, '.env.example': 'UNSET=info\n' },
    },
  ],
  invalid: [
    {
      name: 'UID, a shell variable bash does not export: docker compose warns about it',
      code: 'services:\n  web:\n    image: x:1\n    user: "${UID}:${GID}"\n',
      errors: [
        { line: 4, messageId: 'undefined', message: 'variable "GID"' },
        { line: 4, messageId: 'undefined', message: 'variable "UID"' },
      ],
    },
    {
      name: 'unset variable, no environments: reported once',
      code: UNSET,
      errors: [{ line: 5, messageId: 'undefined', message: 'variable "UNSET" is not set; it defaults to an empty string' }],
    },
    {
      name: 'an .env.example of another stack documents nothing here',
      files: { 'a/docker-compose.yml': UNSET, 'b/.env.example': 'UNSET=info\n' },
      errors: [{ file: 'a/docker-compose.yml', line: 5, messageId: 'undefined' }],
    },
    {
      name: '.env.example lists other variables only',
      files: { 'docker-compose.yml': UNSET, '.env.example': 'OTHER=1\n' },
      errors: [{ line: 5, messageId: 'undefined', message: '"UNSET"' }],
    },
    {
      name: 'set for dev only: reported for the environments that lack it',
      code: 'services:\n  web:\n    image: acme/mcp:${TAG}\n',
      config: { environments: { dev: { variables: { TAG: 'dev' } }, prod: {} } },
      errors: [{ line: 3, messageId: 'undefined', message: '"TAG" is not set' }],
    },
  ],
});

describe('compose/undefined-variable: environments', () => {
  test('without environments the finding has no environment tag, and the message names none', () => {
    const [finding, ...rest] = runCase(check, { code: UNSET }, 'docker-compose.yml');
    expect(rest).toEqual([]);
    expect(finding).not.toHaveProperty('environments');
    expect(finding.message).toBe('variable "UNSET" is not set; it defaults to an empty string');
  });

  test('one finding for the environments that lack the variable, tagged with them', () => {
    const config = { environments: { dev: { variables: { TAG: 'dev' } }, staging: {}, prod: {} } };
    const found = runCase(check, { code: 'services:\n  web:\n    image: acme/mcp:${TAG}\n', config }, 'docker-compose.yml');
    expect(found.map((f) => [f.line, f.environments])).toEqual([[3, ['staging', 'prod']]]);
  });
});
