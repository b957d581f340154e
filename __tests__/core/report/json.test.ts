import type { Finding } from '../../../src/core/findings';
import { renderJson } from '../../../src/core/report/json';
import { SAMPLE_FINDINGS } from '../../../__fixtures__/report/findings';

describe('renderJson', () => {
  it('wraps sorted findings in a versioned envelope with counts', () => {
    const out = renderJson(SAMPLE_FINDINGS, { filesChecked: 41, stacks: 3, durationMs: 99 });
    const parsed = JSON.parse(out);
    expect(parsed.version).toBe(1);
    expect(parsed.summary).toEqual({ errors: 3, warnings: 3, info: 1, filesChecked: 41 });
    expect(parsed.findings.map((f: Finding) => `${f.file}:${f.line}`)).toEqual([
      'Dockerfile:1',
      'k8s/deploy.yaml:7',
      'k8s/deploy.yaml:30',
      'k8s/deploy.yaml:120',
      'monitoring/rules.yaml:14',
      'stacks/common/compose.yaml:8',
      'stacks/prod/compose.yaml:12',
    ]);
    // Duration varies between runs; it is not part of the machine output.
    expect(out).not.toContain('durationMs');
  });

  it('uses 2-space indentation, a trailing newline and a fixed key order', () => {
    const out = renderJson([SAMPLE_FINDINGS[0] as Finding], { filesChecked: 1 });
    expect(out.endsWith('}\n')).toBe(true);
    expect(
      out.startsWith(
        '{\n  "version": 1,\n  "summary": {\n    "errors": 0,\n    "warnings": 1,\n    "info": 0,\n    "filesChecked": 1\n  },\n  "findings": [\n',
      ),
    ).toBe(true);
    expect(Object.keys(JSON.parse(out).findings[0])).toEqual([
      'file',
      'line',
      'column',
      'checkId',
      'messageId',
      'severity',
      'category',
      'message',
      'environments',
      'subject',
    ]);
    const withRange = JSON.parse(renderJson([SAMPLE_FINDINGS[3] as Finding], { filesChecked: 1 })).findings[0];
    expect(Object.keys(withRange)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'checkId', 'severity', 'category', 'message']);
  });

  it('is the same whatever the input order or the property order of each finding', () => {
    const shuffled = [...SAMPLE_FINDINGS].reverse().map((f) => Object.fromEntries(Object.entries(f).reverse()) as unknown as Finding);
    expect(renderJson(shuffled, { filesChecked: 41 })).toBe(renderJson(SAMPLE_FINDINGS, { filesChecked: 41 }));
  });

  it('copies only the fields of a finding', () => {
    const extra = { ...(SAMPLE_FINDINGS[4] as Finding), secretValue: 'hunter2' } as Finding;
    expect(renderJson([extra], { filesChecked: 1 })).not.toContain('hunter2');
  });

  it('renders an empty run', () => {
    expect(JSON.parse(renderJson([], { filesChecked: 0 }))).toEqual({
      version: 1,
      summary: { errors: 0, warnings: 0, info: 0, filesChecked: 0 },
      findings: [],
    });
  });
});
