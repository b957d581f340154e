import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import check from '../../../../src/core/checks/core/symlink-outside-repository';
import { configSchema } from '../../../../src/core/config/schema';
import { validate } from '../../../../src/core/validate/run';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [{ name: 'no links', code: 'services:\n  a:\n    image: x:1\n' }],
  invalid: [],
});

test('a link out of the repository is reported once and not read', () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-out-'));
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-in-'));
  try {
    fs.writeFileSync(path.join(outside, 'docker-compose.yml'), 'services:\n  a:\n    privileged: true\n');
    fs.symlinkSync(path.join(outside, 'docker-compose.yml'), path.join(root, 'docker-compose.yml'));
    const { findings, workspace } = validate({ root, config: configSchema.parse({}), only: [check.id] });
    expect(findings).toEqual([expect.objectContaining({ checkId: check.id, file: 'docker-compose.yml', severity: 'info' })]);
    expect(workspace.composeFiles).toEqual([]);
  } finally {
    fs.rmSync(outside, { recursive: true, force: true });
    fs.rmSync(root, { recursive: true, force: true });
  }
});
