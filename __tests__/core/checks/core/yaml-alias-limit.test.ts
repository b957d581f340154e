import check from '../../../../src/core/checks/core/yaml-alias-limit';
import { describeCheck } from '../../../helpers/check-cases';

const bomb = [
  'a: &a [x, x, x, x, x, x, x, x, x, x]',
  ...'bcdefgh'.split('').map((n, i) => `${n}: &${n} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
].join('\n');

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [{ name: 'ordinary anchors', code: 'x-d: &d\n  restart: always\nservices:\n  a:\n    <<: *d\n    image: x:1\n' }],
  invalid: [{ name: 'billion laughs', files: { 'lol.yml': `${bomb}\n` }, errors: [{ file: 'lol.yml', line: 1, messageId: 'limit', message: 'alias bomb' }] }],
});
