/** `stackgate explain <check-id>`: a check's description on stdout; an unknown id is exit 2 with the closest id. */
import { CHECKS } from '../../src/core/checks/index';
import { runCli } from '../helpers/cli';

const cwd = process.cwd();

test('prints the title, default severity, rationale, remediation, options and the docs link of a check', async () => {
  const check = CHECKS.find((c) => c.id === 'compose/cap-add-dangerous')!;
  const r = await runCli(['explain', check.id], cwd);
  expect(r).toMatchObject({ exitCode: 0, stderr: '' });
  expect(r.stdout.startsWith(`compose/cap-add-dangerous: ${check.meta.title}\nDefault severity error, category security.`)).toBe(true);
  expect(r.stdout).toContain(`Why it matters\n  ${check.meta.rationale}\n`);
  expect(r.stdout).toContain(`How to fix it\n  ${check.meta.remediation}\n`);
  expect(r.stdout).toContain('  - service "<service>" adds capability <capability>');
  expect(r.stdout).toContain('Options\n  allowed (string[], default [])\n    Capabilities (without CAP_) that may be added');
  expect(r.stdout).toContain('    compose/cap-add-dangerous:\n      severity: error');
  expect(r.stdout).toContain('# stackgate-ignore compose/cap-add-dangerous: <reason>');
  expect(r.stdout).toContain('docs/checks.md#composecap-add-dangerous');
});

test('explains every check of the catalogue', async () => {
  for (const c of CHECKS) {
    const r = await runCli(['explain', c.id], cwd);
    expect({ id: c.id, exitCode: r.exitCode, first: r.stdout.split('\n')[0] }).toEqual({ id: c.id, exitCode: 0, first: `${c.id}: ${c.meta.title}` });
    expect(r.stdout).not.toMatch(/\{\{\s*\w+\s*\}\}|\[object Object\]|default undefined/);
  }
});

test('an unknown id is exit 2 with the closest id', async () => {
  const r = await runCli(['explain', 'kubernetes/image-latest-tg'], cwd);
  expect(r).toMatchObject({ exitCode: 2, stdout: '' });
  expect(r.stderr).toContain('unknown check "kubernetes/image-latest-tg"; did you mean "kubernetes/image-latest-tag"?');
});

test('no id, or two, is a usage error', async () => {
  for (const argv of [['explain'], ['explain', 'a', 'b']]) {
    const r = await runCli(argv, cwd);
    expect(r).toMatchObject({ exitCode: 2, stdout: '' });
    expect(r.stderr).toContain('explain takes one check id');
  }
});
