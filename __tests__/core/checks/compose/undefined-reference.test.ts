import check from '../../../../src/core/checks/compose/undefined-reference';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'everything declared, long and short syntax',
      code: [
        'services:',
        '  mcp:',
        '    image: ghcr.io/acme/mcp:1.2.0',
        '    networks: [backend]',
        '    volumes:',
        '      - data:/var/lib/mcp',
        '      - ./config:/etc/mcp:ro',
        '      - type: volume',
        '        source: cache',
        '        target: /cache',
        '      - /tmp/anonymous',
        '    secrets: [api_token, { source: db_password, target: /run/secrets/db }]',
        '    configs: [{ source: mcp_config, target: /etc/mcp/config.yaml }]',
        '  db:',
        '    image: postgres:16',
        '    networks: { backend: { aliases: [database] }, default: {} }',
        'networks: { backend: {} }',
        'volumes: { data: {}, cache: { external: true } }',
        'secrets:',
        '  api_token: { file: ./secrets/api_token }',
        '  db_password: { environment: DB_PASSWORD }',
        'configs: { mcp_config: { file: ./mcp.yaml } }',
        '',
      ].join('\n'),
    },
    { name: 'the default network needs no declaration', code: 'services:\n  web:\n    image: nginx:1.27\n    networks: [default]\n' },
    {
      name: 'declarations from an included file are not seen',
      code: 'include: [./infra.yml]\nservices:\n  web:\n    image: nginx:1.27\n    networks: [proxy]\n',
    },
  ],
  invalid: [
    {
      name: 'undeclared network with a near miss',
      code: 'services:\n  web:\n    image: nginx:1.27\n    networks:\n      - frontend\n      - backnd\nnetworks:\n  frontend: {}\n  backend: {}\n',
      errors: [
        {
          line: 6,
          messageId: 'undefined',
          message: 'service "web" uses network "backnd", which the top-level networks of stack "root" does not declare; did you mean "backend"?',
        },
      ],
    },
    {
      name: 'named volume, secret and config without top-level sections',
      code: [
        'services:',
        '  db:',
        '    image: postgres:16',
        '    volumes: ["pgdata:/var/lib/postgresql/data"]',
        '    secrets: [db_password]',
        '    configs:',
        '      - source: pg_hba',
        '        target: /etc/postgresql/pg_hba.conf',
        '',
      ].join('\n'),
      errors: [
        { line: 4, messageId: 'undefined', message: 'uses volume "pgdata", which the top-level volumes' },
        { line: 5, messageId: 'undefined', message: 'uses secret "db_password"' },
        { line: 7, messageId: 'undefined', message: 'uses config "pg_hba"' },
      ],
    },
  ],
});
