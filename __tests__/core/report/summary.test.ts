import type { Finding } from '../../../src/core/findings';
import { describeCoverage, describeProblems, formatDuration, sortFindingsBySeverity, visibleEnvironments } from '../../../src/core/report/summary';
import { SAMPLE_FINDINGS } from '../../../__fixtures__/report/findings';

describe('report summary words', () => {
  it('describes problems with counts per severity and files', () => {
    expect(describeProblems(SAMPLE_FINDINGS)).toBe('7 problems (3 errors, 3 warnings, 1 info) in 5 files');
    expect(describeProblems([])).toBeUndefined();
  });

  it('describes coverage with optional stacks and duration', () => {
    expect(describeCoverage({ filesChecked: 41 })).toBe('41 files checked');
    expect(describeCoverage({ filesChecked: 1, stacks: 1, durationMs: 61_400 })).toBe('1 file and 1 stack checked in 1m 1s');
    expect(formatDuration(850.4)).toBe('850ms');
    expect(formatDuration(-5)).toBe('0ms');
  });

  it('sorts errors first, then by file order', () => {
    expect(sortFindingsBySeverity(SAMPLE_FINDINGS).map((f) => `${f.severity} ${f.file}:${f.line}`)).toEqual([
      'error k8s/deploy.yaml:7',
      'error k8s/deploy.yaml:30',
      'error k8s/deploy.yaml:120',
      'warning Dockerfile:1',
      'warning stacks/common/compose.yaml:8',
      'warning stacks/prod/compose.yaml:12',
      'info monitoring/rules.yaml:14',
    ]);
  });

  it('hides environments only when the finding covers all of the run', () => {
    const f = { environments: ['dev', 'prod'] } as Finding;
    expect(visibleEnvironments(f, { environments: ['dev', 'prod'] })).toEqual([]);
    expect(visibleEnvironments(f, { environments: ['dev', 'staging', 'prod'] })).toEqual(['dev', 'prod']);
    expect(visibleEnvironments(f, {})).toEqual(['dev', 'prod']);
    expect(visibleEnvironments({} as Finding, { environments: ['dev'] })).toEqual([]);
  });
});
