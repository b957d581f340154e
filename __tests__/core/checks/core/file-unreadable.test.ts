import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import check from '../../../../src/core/checks/core/file-unreadable';
import { configSchema } from '../../../../src/core/config/schema';
import type { Finding } from '../../../../src/core/findings';
import { validate } from '../../../../src/core/validate/run';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [{ name: 'readable', code: 'services:\n  a:\n    image: x:1\n' }],
  invalid: [],
});

const CLI = path.join(__dirname, '../../../../dist/cli/index.js');
const NOBODY = 65534;

// Unreadable paths cannot be written as case text: make one for real.
test('an unreadable directory is a finding, not a crash', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-unreadable-'));
  try {
    fs.chmodSync(root, 0o755);
    fs.writeFileSync(path.join(root, 'docker-compose.yml'), 'services:\n  a:\n    image: x:1\n');
    fs.mkdirSync(path.join(root, 'locked'));
    fs.writeFileSync(path.join(root, 'locked/compose.yml'), 'services: {}\n');
    fs.chmodSync(path.join(root, 'locked'), 0o000);
    let findings: Finding[];
    if (process.getuid?.() === 0) {
      // Mode bits do not stop root: run the shipped CLI as an unprivileged user instead.
      const r = spawnSync(process.execPath, [CLI, 'validate', root, '-f', 'json', '--check', check.id, '--promtool', 'never'], {
        uid: NOBODY,
        gid: NOBODY,
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      findings = JSON.parse(r.stdout).findings;
    } else {
      findings = validate({ root, config: configSchema.parse({}), only: [check.id] }).findings;
    }
    expect(findings).toEqual([
      expect.objectContaining({ checkId: check.id, file: 'locked', line: 1, message: expect.stringContaining('cannot read directory: EACCES') }),
    ]);
  } finally {
    fs.chmodSync(path.join(root, 'locked'), 0o755);
    fs.rmSync(root, { recursive: true, force: true });
  }
});
