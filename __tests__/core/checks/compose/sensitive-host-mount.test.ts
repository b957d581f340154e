import check from '../../../../src/core/checks/compose/sensitive-host-mount';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'project-relative bind and named volume', code: 'services:\n  web:\n    image: x:1\n    volumes:\n      - ./config:/config\n      - data:/data\n' },
    {
      name: 'node-exporter style read-only system mounts and a single /etc file',
      code: 'services:\n  node:\n    image: prom/node-exporter:v1.8.2\n    volumes:\n      - /proc:/host/proc:ro\n      - /sys:/host/sys:ro\n      - /:/rootfs:ro,rslave\n      - /etc/localtime:/etc/localtime:ro\n',
    },
    {
      name: "the docker socket is compose/docker-socket-mount's finding",
      code: 'services:\n  web:\n    image: x:1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n',
    },
    {
      name: "an application's data directory kept under /root (n8n-hosting's ${DATA_FOLDER}/.n8n)",
      code: 'services:\n  n8n:\n    image: n8nio/n8n:1.80.0\n    volumes:\n      - /root/n8n/.n8n:/home/node/.n8n\n      - /root/n8n/local-files:/files\n',
    },
  ],
  invalid: [
    {
      name: 'writable system directories, short and long syntax',
      code: 'services:\n  web:\n    image: x:1\n    volumes:\n      - /etc:/host/etc\n      - type: bind\n        source: /\n        target: /host\n      - /var/lib/docker/:/docker:rw\n',
      errors: [
        { line: 5, messageId: 'writable', message: 'service "web" mounts host path /etc writable' },
        { line: 6, messageId: 'writable', message: 'host path / writable' },
        { line: 9, messageId: 'writable', message: '/var/lib/docker' },
      ],
    },
    {
      name: 'credentials, even read-only',
      code: 'services:\n  web:\n    image: x:1\n    volumes:\n      - ~/.ssh:/root/.ssh:ro\n      - /home/deploy/.aws:/aws:ro\n      - /root:/hostroot:ro\n      - /root/.bash_history:/h:ro\n',
      errors: [
        { line: 5, messageId: 'credentials', message: 'host credentials from ~/.ssh' },
        { line: 6, messageId: 'credentials' },
        { line: 7, messageId: 'credentials' },
        { line: 8, messageId: 'credentials' },
      ],
    },
    {
      name: 'prod override drops :ro: reported at the override',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: x:1\n    volumes:\n      - /etc:/host/etc:ro\n',
        'stacks/prod/docker-compose.yml': 'services:\n  web:\n    volumes:\n      - /etc:/host/etc\n',
      },
      errors: [{ file: 'stacks/prod/docker-compose.yml', line: 4, messageId: 'writable' }],
    },
  ],
});
