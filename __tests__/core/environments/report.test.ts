/** The environments report: overall status, exit code, and what text and Markdown show a reader. */
import {
  environmentsReport,
  exitCodeOf,
  renderEnvironmentsMarkdown,
  renderEnvironmentsText,
  type EnvironmentOutcome,
} from '../../../src/core/environments/report';

const outcome = (o: Partial<EnvironmentOutcome> & Pick<EnvironmentOutcome, 'name' | 'status'>): EnvironmentOutcome => ({
  changes: [],
  applied: [],
  notApplied: [],
  notes: [],
  ...o,
});

test.each([
  ['no managed environment', [], 'in-sync', 0],
  ['all in sync', [outcome({ name: 'a', status: 'in-sync' })], 'in-sync', 0],
  ['one created', [outcome({ name: 'a', status: 'created' }), outcome({ name: 'b', status: 'in-sync' })], 'synced', 0],
  ['one drifts', [outcome({ name: 'a', status: 'drift' }), outcome({ name: 'b', status: 'in-sync' })], 'drift', 1],
  ['one failed, one drifts', [outcome({ name: 'a', status: 'drift' }), outcome({ name: 'b', status: 'failed' })], 'error', 2],
] as const)('%s: %s, exit %d', (_label, environments, status, code) => {
  const report = environmentsReport('check', 'acme/mcp-stacks', [...environments], []);
  expect(report.status).toBe(status);
  expect(exitCodeOf(report)).toBe(code);
});

test('text: drift lists the changes; a half-applied sync lists what was and was not applied, and the error', () => {
  const report = environmentsReport(
    'sync',
    'acme/mcp-stacks',
    [
      outcome({
        name: 'staging',
        status: 'failed',
        changes: ['create environment "staging"', 'allow branch pattern "main"'],
        applied: ['create environment "staging"'],
        notApplied: ['allow branch pattern "main"'],
        error: 'allow branch pattern "main" in "staging": POST … answered 403',
      }),
      outcome({ name: 'prod', status: 'in-sync' }),
    ],
    ['dev'],
  );
  expect(renderEnvironmentsText(report)).toBe(
    [
      'staging: FAILED',
      '  applied: create environment "staging"',
      '  not applied: allow branch pattern "main"',
      '  error: allow branch pattern "main" in "staging": POST … answered 403',
      'prod: in sync',
      'not managed (no protection: section): dev',
      '1 of 2 environments failed (see above)',
      '',
    ].join('\n'),
  );
});

test('markdown: one row per environment; names and reviewers cannot break the table or notify anyone', () => {
  const report = environmentsReport(
    'check',
    'acme/mcp-stacks',
    [outcome({ name: 'staging', status: 'drift', changes: ['required reviewers: add @acme/release-managers (team) | x'] })],
    [],
  );
  const md = renderEnvironmentsMarkdown(report);
  expect(md).toContain('drift in 1 of 1 environment: run stackgate environments sync to apply stackgate.yml');
  expect(md).toContain('| `staging` | drift | - required reviewers: add @&#8203;acme/release-managers (team) \\| x |');
});
