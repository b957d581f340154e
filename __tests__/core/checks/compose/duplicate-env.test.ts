import check from '../../../../src/core/checks/compose/duplicate-env';
import { describeCheck } from '../../../helpers/check-cases';

const stack = (...env: string[]): string =>
  ['services:', '  mcp:', '    image: ghcr.io/acme/mcp:1.2.0', '    environment:', ...env.map((l) => `      ${l}`), ''].join('\n');

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'distinct names in a list', code: stack('- LOG_LEVEL=info', '- GITHUB_TOKEN', '- PORT=8080') },
    { name: 'map form', code: stack('LOG_LEVEL: info', 'PORT: "8080"') },
    {
      name: 'same name in two services',
      code: 'services:\n  a:\n    image: a:1\n    environment: [PORT=1]\n  b:\n    image: b:1\n    environment: [PORT=2]\n',
    },
  ],
  invalid: [
    {
      name: 'LOG_LEVEL twice, once passed through from the host',
      code: stack('- LOG_LEVEL=info', '- PORT=8080', '- LOG_LEVEL'),
      errors: [{ line: 7, messageId: 'duplicate', message: 'service "mcp" sets LOG_LEVEL again (first set at line 5); the last entry wins' }],
    },
  ],
});
