import check from '../../../../src/core/checks/compose/docker-socket-mount';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'named volume and ordinary bind',
      code: 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - data:/data\n      - ./conf:/etc/nginx/conf.d:ro\nvolumes:\n  data: {}\n',
    },
    {
      name: 'a volume named like a socket is not a host path',
      code: 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - type: volume\n        source: docker.sock\n        target: /x\n',
    },
  ],
  invalid: [
    {
      name: 'short syntax, read-only does not help',
      code: 'services:\n  agent:\n    image: portainer/agent:2.21.0\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n',
      errors: [{ line: 5, messageId: 'socket', message: 'service "agent" mounts the container runtime socket /var/run/docker.sock' }],
    },
    {
      name: 'long syntax /run/docker.sock',
      code: 'services:\n  agent:\n    image: x:1\n    volumes:\n      - type: bind\n        source: /run/docker.sock\n        target: /var/run/docker.sock\n',
      errors: [{ line: 5, messageId: 'socket', message: '/run/docker.sock' }],
    },
    {
      name: 'through an interpolated variable',
      files: {
        'docker-compose.yml': 'services:\n  agent:\n    image: x:1\n    volumes:\n      - ${DOCKER_SOCK}:/var/run/docker.sock\n',
        '.env': 'DOCKER_SOCK=/var/run//docker.sock\n',
      },
      errors: [{ line: 5, messageId: 'socket', message: '/var/run/docker.sock' }],
    },
    {
      name: 'prod override adds the mount: the finding points at the override',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - data:/data\n',
        'stacks/prod/docker-compose.yml': 'services:\n  web:\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n',
      },
      errors: [{ file: 'stacks/prod/docker-compose.yml', line: 4, messageId: 'socket' }],
    },
  ],
});
