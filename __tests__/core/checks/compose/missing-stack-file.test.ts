import check from '../../../../src/core/checks/compose/missing-stack-file';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [{ name: 'listed file exists', code: 'services:\n  web:\n    image: x:1\n', config: { stacks: { app: { files: ['docker-compose.yml'] } } } }],
  invalid: [
    {
      name: 'base file missing',
      code: 'services:\n  web:\n    image: x:1\n',
      config: { stacks: { x: { files: ['nope.yml'] } } },
      errors: [{ file: 'nope.yml', line: 1, messageId: 'missing', message: 'Compose file "nope.yml" of stack "x" does not exist' }],
    },
    {
      name: 'environment override missing',
      code: 'services:\n  web:\n    image: x:1\n',
      config: { stacks: { app: { files: ['docker-compose.yml'], environments: { prod: ['docker-compose.prod.yml'] } } } },
      errors: [{ line: 1, messageId: 'missing', message: '"docker-compose.prod.yml"' }],
    },
  ],
});
