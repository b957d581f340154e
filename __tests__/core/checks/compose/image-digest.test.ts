import check from '../../../../src/core/checks/compose/image-digest';
import { describeCheck } from '../../../helpers/check-cases';

const DIGEST = 'sha256:' + 'a'.repeat(64);

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'tag and digest', code: `services:\n  web:\n    image: nginx:1.27@${DIGEST}\n` },
    { name: "untagged image is image-latest-tag's finding", code: 'services:\n  web:\n    image: nginx\n' },
    { name: 'built locally', code: 'services:\n  app:\n    build: .\n    image: acme/app:1.0\n' },
  ],
  invalid: [
    {
      name: 'tag only',
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      errors: [{ line: 3, messageId: 'noDigest', message: 'service "web" pins image "nginx:1.27" by tag only' }],
    },
  ],
});
