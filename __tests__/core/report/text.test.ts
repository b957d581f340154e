import type { Finding } from '../../../src/core/findings';
import { printable, renderText } from '../../../src/core/report/text';
import { ENVIRONMENTS, SAMPLE_FINDINGS } from '../../../__fixtures__/report/findings';

const summary = { filesChecked: 41, environments: ENVIRONMENTS };
const ESC = '\u001b';

describe('renderText', () => {
  it('groups findings by file in stable order with aligned line:col and severity columns, then rolls them up by check', () => {
    const out = renderText(SAMPLE_FINDINGS, { color: false, summary });
    expect(out).toBe(
      [
        'Dockerfile',
        '  1:1  warning  The final stage has no USER instruction  dockerfile/user-root',
        '',
        'k8s/deploy.yaml',
        '    7:1   error  Container "sidecar" of Deployment/mcp may run as root  kubernetes/run-as-non-root',
        '   30:11  error  Container "init" of Deployment/mcp may run as root  kubernetes/run-as-non-root',
        '  120:11  error  Container "mcp" of Deployment/mcp may run as root  kubernetes/run-as-non-root',
        '',
        'monitoring/rules.yaml',
        '  14:7  info  Alert "HighLatency" has no "for"  monitoring/alert-missing-for',
        '',
        'stacks/common/compose.yaml',
        '  8:3  warning  Service "worker" has no healthcheck  compose/healthcheck-missing',
        '',
        'stacks/prod/compose.yaml',
        '  12:5  warning  Service "api" has no healthcheck [prod]  compose/healthcheck-missing',
        '',
        'Findings by check (4 checks; count, first location)',
        '  3  error    kubernetes/run-as-non-root    k8s/deploy.yaml:7:1',
        '  2  warning  compose/healthcheck-missing   stacks/common/compose.yaml:8:3',
        '  1  warning  dockerfile/user-root          Dockerfile:1:1',
        '  1  info     monitoring/alert-missing-for  monitoring/rules.yaml:14:7',
        '',
        '✖ 7 problems (3 errors, 3 warnings, 1 info) in 5 files — 41 files checked',
        '',
      ].join('\n'),
    );
  });

  it('does not pad a short message to the longest one: without a width every finding is one line, however long', () => {
    const long: Finding = { ...(SAMPLE_FINDINGS[1] as Finding), line: 900, message: `Container "x" ${'very '.repeat(40)}long` };
    const out = renderText([SAMPLE_FINDINGS[1] as Finding, long], { color: false, summary });
    const lines = out.split('\n').filter((l) => l.includes('kubernetes/run-as-non-root') && !l.startsWith('  2'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/may run as root {2}kubernetes\/run-as-non-root$/);
    expect(lines[1]).toContain(`${'very '.repeat(40)}long  kubernetes/run-as-non-root`);
  });

  it('wraps long messages to the width under the message column, keeping the check id whole', () => {
    const finding: Finding = {
      ...(SAMPLE_FINDINGS[1] as Finding),
      line: 9,
      column: 3,
      message: 'Container "mcp" of Deployment/mcp may run as root because neither the pod nor the container sets runAsNonRoot',
    };
    const out = renderText([finding], { color: false, summary, width: 60 });
    const block = out.slice(out.indexOf('  9:3'), out.indexOf('\n\n'));
    const lines = block.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(60);
    const indent = '  9:3  error  '.length;
    for (const l of lines.slice(1)) expect(l.slice(0, indent)).toBe(' '.repeat(indent));
    expect(lines.map((l, i) => (i ? l.slice(indent) : l.slice(indent))).join(' ')).toBe(`${finding.message}  kubernetes/run-as-non-root`);
    expect(lines[lines.length - 1]).toMatch(/ kubernetes\/run-as-non-root$/);
    // Colours wrap the same way.
    const coloured = renderText([finding], { color: true, summary, width: 60 });
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(out);
  });

  it('lists only findings at or above --min-severity, and says how many it left out', () => {
    const out = renderText(SAMPLE_FINDINGS, { color: false, summary, minSeverity: 'warning' });
    expect(out).not.toContain('monitoring/alert-missing-for');
    expect(out).not.toContain('monitoring/rules.yaml');
    expect(out).toContain('Findings by check (3 checks; count, first location)');
    expect(out).toContain('✖ 7 problems (3 errors, 3 warnings, 1 info) in 5 files, 1 below warning not shown — 41 files checked');
    const errors = renderText(SAMPLE_FINDINGS, { color: false, summary, minSeverity: 'error' });
    expect(errors).not.toMatch(/warning {2}/);
    expect(errors).toContain('4 below error not shown');
    expect(renderText(SAMPLE_FINDINGS, { color: false, summary, minSeverity: 'info' })).toBe(renderText(SAMPLE_FINDINGS, { color: false, summary }));
  });

  it('does not depend on the input order', () => {
    const reversed = [...SAMPLE_FINDINGS].reverse();
    expect(renderText(reversed, { color: false, summary })).toBe(renderText(SAMPLE_FINDINGS, { color: false, summary }));
  });

  it('shows environments only when a finding is not in every environment of the run', () => {
    const out = renderText(SAMPLE_FINDINGS, { color: false, summary });
    expect(out).toContain('Service "api" has no healthcheck [prod]');
    expect(out).not.toContain('[dev, staging, prod]');
    // Without the run's environment list, every environment tag is shown.
    const bare = renderText(SAMPLE_FINDINGS, { color: false, summary: { filesChecked: 41 } });
    expect(bare).toContain('Service "worker" has no healthcheck [dev, staging, prod]');
  });

  it('prints a success line with coverage when there are no findings', () => {
    expect(renderText([], { color: false, summary: { filesChecked: 41 } })).toBe('✔ no problems — 41 files checked\n');
    expect(renderText([], { color: false, summary: { filesChecked: 1, stacks: 3, durationMs: 1234 } })).toBe(
      '✔ no problems — 1 file and 3 stacks checked in 1.2s\n',
    );
  });

  it('uses singular words for one of each', () => {
    const one: Finding[] = [SAMPLE_FINDINGS[1] as Finding];
    expect(renderText(one, { color: false, summary: { filesChecked: 1 } })).toContain('✖ 1 problem (1 error, 0 warnings, 0 info) in 1 file — 1 file checked');
  });

  it('adds ANSI colours only when asked, and they strip back to the plain output', () => {
    const plain = renderText(SAMPLE_FINDINGS, { color: false, summary });
    const coloured = renderText(SAMPLE_FINDINGS, { color: true, summary });
    expect(plain).not.toContain(ESC);
    expect(coloured).toContain(`${ESC}[31merror${ESC}[39m`);
    expect(coloured).toContain(`${ESC}[33mwarning${ESC}[39m`);
    expect(coloured).toContain(`${ESC}[4mk8s/deploy.yaml${ESC}[24m`);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('colours the success line green', () => {
    expect(renderText([], { color: true, summary: { filesChecked: 2 } })).toContain(`${ESC}[32m`);
  });

  it('keeps each finding on one line and neutralises terminal control sequences from file content', () => {
    const hostile: Finding = {
      file: 'stacks/x/compose.yaml',
      line: 3,
      column: 1,
      checkId: 'compose/healthcheck-missing',
      severity: 'warning',
      category: 'reliability',
      message: `Service "a${ESC}]0;pwned\u0007" has\nno healthcheck \u202eevil`,
    };
    const out = renderText([hostile], { color: false, summary: { filesChecked: 1 } });
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\u0007');
    expect(out).not.toContain('\u202e');
    expect(out).toContain('  3:1  warning  Service "a\\u001b]0;pwned\\u0007" has no healthcheck \\u202eevil  compose/healthcheck-missing');
  });
});

describe('printable', () => {
  it('turns newlines and tabs into spaces and escapes other control characters', () => {
    expect(printable('a\r\n  b\tc\u0000')).toBe('a b c\\u0000');
  });
});
