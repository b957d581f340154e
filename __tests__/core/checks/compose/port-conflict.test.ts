import check from '../../../../src/core/checks/compose/port-conflict';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'different ports', code: 'services:\n  a:\n    image: x:1\n    ports: ["8080:80"]\n  b:\n    image: x:1\n    ports: ["8081:80"]\n' },
    {
      name: 'same port, different protocols',
      code: 'services:\n  dns:\n    image: x:1\n    ports: ["53:53/udp"]\n  web:\n    image: x:1\n    ports: ["53:53"]\n',
    },
    {
      name: 'same port on two specific host IPs',
      code: 'services:\n  a:\n    image: x:1\n    ports: ["127.0.0.1:8080:80"]\n  b:\n    image: x:1\n    ports: ["10.0.0.5:8080:80"]\n',
    },
    {
      name: 'container ports only (ephemeral host ports)',
      code: 'services:\n  a:\n    image: x:1\n    ports: ["80"]\n  b:\n    image: x:1\n    ports: ["80"]\n',
    },
    {
      name: 'independent example stacks without environments or a shared network',
      files: {
        'react-express-mysql/compose.yaml': 'services:\n  frontend:\n    image: node:20\n    ports: ["3000:3000"]\n',
        'react-rust-postgres/compose.yaml': 'services:\n  frontend:\n    image: node:20\n    ports: ["3000:3000"]\n',
      },
    },
    {
      name: 'the image and the build-from-source variant of one application, side by side',
      files: {
        'docker-compose.yml': 'services:\n  worker:\n    image: acme/worker:3\n    ports: ["3030:3030"]\n',
        'docker-compose.build.yml': 'services:\n  worker:\n    build: .\n    ports: ["3030:3030"]\n',
        'docker-compose.dev.yml': 'services:\n  worker:\n    environment: [DEBUG=1]\n',
      },
    },
    {
      name: 'the same port in different environments is fine',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  a:\n    image: x:1\n',
        'stacks/dev/docker-compose.yml': 'services:\n  a:\n    ports: ["8080:80"]\n',
        'stacks/prod/docker-compose.yml': 'services:\n  a:\n    ports: ["8080:80"]\n',
      },
    },
  ],
  invalid: [
    {
      name: 'two services of one stack, short and long syntax',
      code: 'services:\n  a:\n    image: x:1\n    ports:\n      - "8080:80"\n  b:\n    image: x:1\n    ports:\n      - target: 8000\n        published: 8080\n',
      errors: [
        {
          line: 9,
          messageId: 'conflict',
          message: 'service "b" publishes host port 8080/tcp, already published by service "a" of stack "root" at docker-compose.yml:5',
        },
      ],
    },
    {
      name: 'across stacks of one environment, wildcard against a specific address',
      files: {
        'mcp/docker-compose.yml': 'services:\n  server:\n    image: x:1\n    ports: ["9090:9090"]\n',
        'monitoring/docker-compose.yml': 'services:\n  prometheus:\n    image: prom/prometheus:v2.54.0\n    ports:\n      - "127.0.0.1:9090:9090"\n',
      },
      config: { environments: { prod: {} } },
      errors: [
        {
          file: 'monitoring/docker-compose.yml',
          line: 5,
          messageId: 'conflict',
          message: 'already published by service "server" of stack "mcp" at mcp/docker-compose.yml:4',
        },
      ],
    },
    {
      name: 'stacks without environments that join the same external network share a host',
      files: {
        'docker/traefik/docker-compose.yml':
          'services:\n  traefik:\n    image: traefik:v3.1\n    ports: ["80:80", "443:443"]\n    networks: [proxy]\nnetworks:\n  proxy:\n    external: true\n',
        'docker/nginx/docker-compose.yml':
          'services:\n  web:\n    image: nginx:1.27\n    ports: ["443:443"]\n    networks: [edge]\nnetworks:\n  edge:\n    name: proxy\n    external: true\n',
      },
      errors: [{ file: 'docker/traefik/docker-compose.yml', line: 4, messageId: 'conflict', message: 'already published by service "web" of stack "nginx"' }],
    },
    {
      name: 'two different services of two files in one directory still conflict',
      files: {
        'docker-compose.yml': 'services:\n  worker:\n    image: acme/worker:3\n    ports: ["3030:3030"]\n',
        'docker-compose.build.yml': 'services:\n  admin:\n    build: .\n    ports: ["3030:3030"]\n',
        'docker-compose.dev.yml': 'services:\n  worker:\n    environment: [DEBUG=1]\n',
      },
      errors: [{ file: 'docker-compose.build.yml', line: 4, messageId: 'conflict' }],
    },
    {
      name: 'overlapping ranges',
      code: 'services:\n  a:\n    image: x:1\n    ports: ["8000-8010:8000-8010"]\n  b:\n    image: x:1\n    ports: ["8005:80"]\n',
      errors: [{ line: 7, messageId: 'conflict', message: '8005/tcp' }],
    },
    {
      name: 'a prod override publishes a taken port: reported at the override',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  a:\n    image: x:1\n    ports: ["8080:80"]\n  b:\n    image: x:1\n',
        'stacks/prod/docker-compose.yml': 'services:\n  b:\n    ports:\n      - ${B_PORT}:80\n',
        'stacks/common/.env': 'B_PORT=8080\n',
      },
      errors: [{ file: 'stacks/prod/docker-compose.yml', line: 4, messageId: 'conflict', message: 'stacks/common/docker-compose.yml:4' }],
    },
  ],
});
