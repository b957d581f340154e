import check from '../../../../src/core/checks/compose/published-all-interfaces';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'database on loopback', code: 'services:\n  db:\n    image: postgres:16\n    ports: ["127.0.0.1:5432:5432"]\n' },
    { name: 'database not published', code: 'services:\n  db:\n    image: postgres:16\n    expose: ["5432"]\n' },
    { name: 'web server on all interfaces', code: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["443:443"]\n' },
    { name: 'container port only', code: 'services:\n  cache:\n    image: redis:7\n    ports: ["6379"]\n' },
  ],
  invalid: [
    {
      name: 'postgres and redis by port',
      code: 'services:\n  db:\n    image: ghcr.io/acme/db:1\n    ports:\n      - "5432:5432"\n  cache:\n    image: x:1\n    ports:\n      - "0.0.0.0:16379:6379"\n',
      errors: [
        { line: 5, messageId: 'allInterfaces', message: 'service "db" publishes PostgreSQL port 5432->5432 on all host interfaces' },
        { line: 9, messageId: 'allInterfaces', message: 'Redis' },
      ],
    },
    {
      name: 'timescaledb by image on a custom port, long syntax',
      code: 'services:\n  tsdb:\n    image: timescale/timescaledb:latest-pg16\n    ports:\n      - target: 6000\n        published: 6000\n',
      errors: [{ line: 5, messageId: 'allInterfaces', message: 'timescaledb' }],
    },
  ],
});
