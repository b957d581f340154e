import check from '../../../../src/core/checks/environments/image-parity';
import { describeCheck } from '../../../helpers/check-cases';

const BASE = 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n';
/** An environment directory of the stacks/<env> layout with nothing to override. */
const EMPTY = 'services: {}\n';
const image = (ref: string) => `# override\nservices:\n  mcp-fetch:\n    image: ${ref}\n`;

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'tags differ: that is promotion',
      files: {
        'stacks/common/docker-compose.yml': BASE,
        'stacks/staging/docker-compose.yml': image('ghcr.io/acme/mcp-fetch:1.1.0-rc1'),
        'stacks/prod/docker-compose.yml': image('ghcr.io/acme/mcp-fetch:1.0.9'),
      },
    },
    {
      name: 'a digest in production',
      files: {
        'stacks/common/docker-compose.yml': BASE,
        'stacks/staging/docker-compose.yml': EMPTY,
        'stacks/prod/docker-compose.yml': image('ghcr.io/acme/mcp-fetch@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'),
      },
    },
    {
      name: 'docker.io spelled out or not',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n',
        'stacks/staging/docker-compose.yml': EMPTY,
        'stacks/prod/docker-compose.yml': '# prod\nservices:\n  db:\n    image: docker.io/library/postgres:16.4\n',
      },
    },
    {
      name: 'staging builds, production pulls: no image in staging to compare',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  app:\n    build: .\n',
        'stacks/staging/docker-compose.yml': EMPTY,
        'stacks/prod/docker-compose.yml': image('ghcr.io/acme/app:1.0').replace('mcp-fetch', 'app'),
      },
    },
  ],
  invalid: [
    {
      name: 'production pulls another repository',
      files: {
        'stacks/common/docker-compose.yml': BASE,
        'stacks/staging/docker-compose.yml': image('ghcr.io/acme/mcp-fetch:1.1.0'),
        'stacks/prod/docker-compose.yml': image('docker.io/mcp/fetch:1.1.0'),
      },
      errors: [
        {
          file: 'stacks/prod/docker-compose.yml',
          line: 4,
          messageId: 'different',
          message: 'runs image repository mcp/fetch in prod but ghcr.io/acme/mcp-fetch in staging',
        },
      ],
    },
    {
      name: 'staging tested another registry: reported at the staging override',
      files: {
        'stacks/common/docker-compose.yml': BASE,
        'stacks/staging/docker-compose.yml': image('registry.staging.example/acme/mcp-fetch:1.0'),
        'stacks/prod/docker-compose.yml': EMPTY,
      },
      errors: [
        {
          file: 'stacks/staging/docker-compose.yml',
          line: 4,
          message: 'ghcr.io/acme/mcp-fetch in prod but registry.staging.example/acme/mcp-fetch in staging',
        },
      ],
    },
  ],
  notApplicable: [
    { name: 'no production environment', code: BASE, config: { environments: { dev: {}, qa: {} } } },
    { name: 'no Compose files', files: { 'README.md': '# x\n' } },
    { name: 'no environments: none configured, no stacks/<env> layout', code: BASE },
    {
      name: 'a production override and no environment before it',
      files: { 'stacks/common/docker-compose.yml': BASE, 'stacks/prod/docker-compose.yml': image('docker.io/mcp/fetch:1.1.0') },
    },
  ],
});
