import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import check from '../../../../src/core/checks/core/file-unreadable';
import { configSchema } from '../../../../src/core/config/schema';
import { validate } from '../../../../src/core/validate/run';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [{ name: 'readable', code: 'services:\n  a:\n    image: x:1\n' }],
  invalid: [],
});

// Unreadable paths cannot be expressed as case text: make one for real.
test('an unreadable directory is a finding, not a crash', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-unreadable-'));
  try {
    fs.mkdirSync(path.join(root, 'locked'));
    fs.writeFileSync(path.join(root, 'locked/compose.yml'), 'services: {}\n');
    // root ignores mode bits; a directory replaced by a file named like it under a dangling path is unreadable for everyone.
    fs.chmodSync(path.join(root, 'locked'), 0o000);
    const readable = (() => {
      try {
        fs.readdirSync(path.join(root, 'locked'));
        return true;
      } catch {
        return false;
      }
    })();
    const { findings } = validate({ root, config: configSchema.parse({}), only: [check.id] });
    if (readable) {
      // Running as root: permissions cannot make a directory unreadable, so nothing may be reported.
      expect(findings).toEqual([]);
    } else {
      expect(findings).toEqual([expect.objectContaining({ checkId: 'core/file-unreadable', file: 'locked', line: 1 })]);
    }
  } finally {
    fs.chmodSync(path.join(root, 'locked'), 0o755);
    fs.rmSync(root, { recursive: true, force: true });
  }
});
