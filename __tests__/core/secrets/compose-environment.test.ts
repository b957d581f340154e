/**
 * Literal secrets in a Compose service's environment and build args: the scanner reports what
 * `compose/hardcoded-secret` reports (a demo password such as `somewordpress` is a literal there),
 * placeholders and references stay quiet, and a password in a URL there is judged like a PASSWORD.
 */
import check from '../../../src/core/checks/compose/hardcoded-secret';
import { scanSource } from '../../../src/core/secrets/scan-source';
import { runCase } from '../../helpers/check-cases';
import { strongPassword } from '../../helpers/fake-secret';

const PW = strongPassword(91);

const found = (file: string, text: string) =>
  scanSource({ file, text })
    .findings.sort((a, b) => a.line - b.line || a.column - b.column)
    .map((f) => [f.line, f.column, f.ruleId, f.value]);

const STACK = [
  'services:',
  '  db:',
  '    image: mariadb:11',
  '    environment:',
  '      MARIADB_ROOT_PASSWORD: tinyduckpond',
  '      MARIADB_PASSWORD: changeme',
  '      MARIADB_USER_PASSWORD: ${DB_PASSWORD}',
  '      REPLICA_PASSWORD: <password>',
  '      BACKUP_PASSWORD: hunter2',
  '      MONITOR_PASSWORD: mamamiamia',
  '      MARIADB_ROOT_PASSWORD_FILE: /run/secrets/db_root',
  '  app:',
  '    build:',
  '      context: .',
  '      args:',
  '        - NPM_TOKEN=quietlibrarycat',
  '    environment:',
  '      - SESSION_SECRET=mountainfolder',
  '      - API_TOKEN=$API_TOKEN',
  '      - LOG_LEVEL=debug-verbose-mode',
  '',
].join('\n');

describe('Compose environment', () => {
  test('literal passwords in environment and build args are reported, at the value', () => {
    expect(found('compose.yaml', STACK)).toEqual([
      [5, 30, 'generic-secret-assignment', 'tinyduckpond'],
      [16, 21, 'generic-secret-assignment', 'quietlibrarycat'],
      [18, 24, 'generic-secret-assignment', 'mountainfolder'],
    ]);
  });

  test('the scanner and compose/hardcoded-secret report the same lines', () => {
    const validate = runCase(check, { code: STACK }, 'compose.yaml').map((f) => f.line);
    expect(found('compose.yaml', STACK).map(([line]) => line)).toEqual(validate.sort((a, b) => a - b));
  });

  test('a real password is reported once, by the line scan', () => {
    const text = `services:\n  api:\n    environment:\n      DB_PASSWORD: "${PW}"\n`;
    const findings = scanSource({ file: 'docker-compose.yml', text }).findings;
    expect(findings.map((f) => [f.line, f.column, f.ruleId, f.value])).toEqual([[4, 21, 'generic-secret-assignment', PW]]);
    // The line scan's description, not the Compose judge's (`… in the environment of service api`).
    expect(findings[0].description).toBe('secret assigned to DB_PASSWORD');
  });

  test('a password in a URL is judged like a PASSWORD variable', () => {
    const text = [
      'services:',
      '  api:',
      '    environment:',
      '      DATABASE_URL: mysql://root:password@db:3306/shop',
      '      CACHE_URL: redis://:mamamiamia@cache:6379/0',
      '      QUEUE_URL: amqp://guest:${RABBITMQ_PASSWORD}@mq:5672',
      `      REPLICA_URL: postgres://app:${PW}@db.internal/app`,
      '',
    ].join('\n');
    expect(found('compose.prod.yml', text)).toEqual([
      [4, 34, 'generic-url-credentials', 'password'],
      [7, 35, 'generic-url-credentials', PW],
    ]);
  });

  test('only Compose files: the same keys elsewhere are judged by the line scan', () => {
    expect(found('values.yaml', STACK)).toEqual([]);
    expect(found('compose.yaml', STACK.replace('services:', 'x-services:'))).toEqual([]);
  });

  test('diff mode: only the lines that count', () => {
    expect(scanSource({ file: 'compose.yaml', text: STACK, lines: [18] }).findings.map((f) => f.line)).toEqual([18]);
  });
});
