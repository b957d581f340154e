import type { Finding } from '../../../src/core/findings';
import { printable, renderText } from '../../../src/core/report/text';
import { ENVIRONMENTS, SAMPLE_FINDINGS } from '../../../__fixtures__/report/findings';

const summary = { filesChecked: 41, environments: ENVIRONMENTS };
const ESC = '\u001b';

describe('renderText', () => {
  it('groups findings by file in stable order with aligned line:col, severity, message and check columns', () => {
    const out = renderText(SAMPLE_FINDINGS, { color: false, summary });
    expect(out).toBe(
      [
        'Dockerfile',
        '  1:1  warning  The final stage has no USER instruction  dockerfile/user-root',
        '',
        'k8s/deploy.yaml',
        '    7:1   error  Container "sidecar" of Deployment/mcp may run as root  kubernetes/run-as-non-root',
        '   30:11  error  Container "init" of Deployment/mcp may run as root     kubernetes/run-as-non-root',
        '  120:11  error  Container "mcp" of Deployment/mcp may run as root      kubernetes/run-as-non-root',
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
        '✖ 7 problems (3 errors, 3 warnings, 1 info) in 5 files — 41 files checked',
        '',
      ].join('\n'),
    );
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
