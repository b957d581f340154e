import check from '../../../../src/core/checks/compose/image-latest-tag';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'version tag', code: 'services:\n  web:\n    image: ghcr.io/acme/mcp:1.4.2\n' },
    {
      name: 'a tag from a variable .env.example documents: its example value',
      files: { 'docker-compose.yml': 'services:\n  web:\n    image: jellyfin/jellyfin:${JF_TAG}\n', '.env.example': 'JF_TAG=10.9\n' },
    },
    { name: 'digest only', code: 'services:\n  web:\n    image: nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000\n' },
    { name: 'registry with a port and a tag', code: 'services:\n  web:\n    image: registry.local:5000/mcp:2.0\n' },
    { name: 'locally built image name', code: 'services:\n  app:\n    build: .\n    image: acme/app\n' },
    { name: 'tag from a variable', files: { 'docker-compose.yml': 'services:\n  web:\n    image: acme/mcp:${TAG}\n', '.env': 'TAG=1.0.0\n' } },
  ],
  invalid: [
    {
      name: 'no tag',
      code: 'services:\n  web:\n    image: nginx\n',
      errors: [{ line: 3, messageId: 'noTag', message: 'service "web" uses image "nginx" without a tag' }],
    },
    { name: 'registry port is not a tag', code: 'services:\n  web:\n    image: registry.local:5000/mcp\n', errors: [{ line: 3, messageId: 'noTag' }] },
    { name: ':latest', code: 'services:\n  web:\n    image: ghcr.io/acme/mcp:latest\n', errors: [{ line: 3, messageId: 'latest', message: ':latest' }] },
    {
      name: 'unset tag variable',
      code: 'services:\n  web:\n    image: acme/mcp:${TAG}\n',
      errors: [{ line: 3, messageId: 'emptyTag', message: 'acme/mcp:' }],
    },
    {
      name: 'prod override switches to latest: the finding points at the override',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: acme/mcp:1.0.0\n',
        'stacks/prod/docker-compose.yml': '\n\nservices:\n  web:\n    image: acme/mcp:latest\n',
      },
      errors: [{ file: 'stacks/prod/docker-compose.yml', line: 5, messageId: 'latest' }],
    },
  ],
});
