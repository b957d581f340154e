import fs from 'node:fs';
import path from 'node:path';
import { marked, type Tokens } from 'marked';
import { CHECKS } from '../../../src/core/checks/index';
import type { Finding } from '../../../src/core/findings';
import { escapeCell, renderMarkdownSummary } from '../../../src/core/report/markdown';
import { secretChecks } from '../../../src/core/secrets/report';
import { HELP_URI_BASE, renderFormat } from '../../../src/core/validate/formats';
import { ENVIRONMENTS, SAMPLE_FINDINGS } from '../../../__fixtures__/report/findings';
import { githubAnchors, markdownLinks } from '../../helpers/github-anchors';

const summary = { filesChecked: 41, stacks: 3, environments: ENVIRONMENTS };

/** The table rows (without header and separator). */
const tableRows = (md: string): string[] => md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Severity') && !l.startsWith('| ---'));

describe('renderMarkdownSummary', () => {
  it('renders a heading, a status line with counts and a table with errors first', () => {
    const md = renderMarkdownSummary(SAMPLE_FINDINGS, summary, { title: 'stackgate validate' });
    expect(md).toBe(
      [
        '## stackgate validate',
        '',
        '**Failed**: 7 problems (3 errors, 3 warnings, 1 info) in 5 files; 41 files and 3 stacks checked.',
        '',
        '| Severity | Check | Location | Message |',
        '| --- | --- | --- | --- |',
        '| error | `kubernetes/run-as-non-root` | k8s/deploy.yaml:7 | Container "sidecar" of Deployment/mcp may run as root |',
        '| error | `kubernetes/run-as-non-root` | k8s/deploy.yaml:30 | Container "init" of Deployment/mcp may run as root |',
        '| error | `kubernetes/run-as-non-root` | k8s/deploy.yaml:120 | Container "mcp" of Deployment/mcp may run as root |',
        '| warning | `dockerfile/user-root` | Dockerfile:1 | The final stage has no USER instruction |',
        '| warning | `compose/healthcheck-missing` | stacks/common/compose.yaml:8 | Service "worker" has no healthcheck |',
        '| warning | `compose/healthcheck-missing` | stacks/prod/compose.yaml:12 | Service "api" has no healthcheck (prod) |',
        '| info | `monitoring/alert-missing-for` | monitoring/rules.yaml:14 | Alert "HighLatency" has no "for" |',
        '',
      ].join('\n'),
    );
  });

  it('uses plain status words', () => {
    const warnings = SAMPLE_FINDINGS.filter((f) => f.severity !== 'error');
    const info = SAMPLE_FINDINGS.filter((f) => f.severity === 'info');
    expect(renderMarkdownSummary(warnings, summary)).toContain('**Passed with warnings**: 4 problems (0 errors, 3 warnings, 1 info) in 4 files');
    expect(renderMarkdownSummary(info, summary)).toContain('**Passed**: 1 problem (0 errors, 0 warnings, 1 info) in 1 file');
    expect(renderMarkdownSummary([], { filesChecked: 41, durationMs: 2500 })).toBe('## stackgate\n\n**Passed**: no problems; 41 files checked in 2.5s.\n');
    // The caller's gate decision wins (e.g. fail-on: warning).
    expect(renderMarkdownSummary(warnings, summary, { failed: true })).toContain('**Failed**: 4 problems');
  });

  it('links file:line when a link base is given', () => {
    const md = renderMarkdownSummary(SAMPLE_FINDINGS, summary, { linkBase: 'https://github.com/o/r/blob/0123abc' });
    expect(md).toContain('| [k8s/deploy.yaml:120](https://github.com/o/r/blob/0123abc/k8s/deploy.yaml#L120) |');
    const spaced: Finding = { ...(SAMPLE_FINDINGS[4] as Finding), file: 'stacks/my stack/compose.yaml' };
    expect(renderMarkdownSummary([spaced], summary, { linkBase: 'https://github.com/o/r/blob/0123abc/' })).toContain(
      '[stacks/my stack/compose.yaml:1](https://github.com/o/r/blob/0123abc/stacks/my%20stack/compose.yaml#L1)',
    );
  });

  it('caps the table at maxRows and says how many more there are', () => {
    const md = renderMarkdownSummary(SAMPLE_FINDINGS, summary, { maxRows: 2 });
    expect(tableRows(md)).toHaveLength(2);
    expect(tableRows(md)[1]).toContain('k8s/deploy.yaml:30');
    expect(md.trimEnd().split('\n').pop()).toBe('… and 5 more (1 error, 3 warnings, 1 info).');
    expect(renderMarkdownSummary(SAMPLE_FINDINGS, summary, { maxRows: 2, moreHint: 'the step log and out.sarif' }).trimEnd().split('\n').pop()).toBe(
      '… and 5 more (1 error, 3 warnings, 1 info): see the step log and out.sarif.',
    );
    expect(renderMarkdownSummary(SAMPLE_FINDINGS, summary, { maxRows: 0 })).not.toContain('| Severity');
    expect(renderMarkdownSummary(SAMPLE_FINDINGS, summary)).not.toContain('more');
  });

  it('keeps a hostile message inside its cell', () => {
    const hostile: Finding = {
      ...(SAMPLE_FINDINGS[1] as Finding),
      message: 'a | b\nc <img src=x onerror=alert(1)> & d',
      file: 'k8s/[x]|y.yaml',
    };
    const md = renderMarkdownSummary([hostile], summary);
    const row = tableRows(md)[0]!;
    expect(row).toBe('| error | `kubernetes/run-as-non-root` | k8s/\\[x\\]\\|y.yaml:120 | a \\| b c &lt;img src=x onerror=alert(1)&gt; &amp; d |');
    // Exactly the five unescaped pipes that delimit four cells.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
  });

  it('does not depend on input order', () => {
    expect(renderMarkdownSummary([...SAMPLE_FINDINGS].reverse(), summary)).toBe(renderMarkdownSummary(SAMPLE_FINDINGS, summary));
  });
});

describe('check ids link to their sections in docs/checks.md', () => {
  const DOC_ANCHORS = githubAnchors(fs.readFileSync(path.join(__dirname, '../../../docs/checks.md'), 'utf8'));
  const checkCells = (md: string): Tokens.TableCell[] => (marked.lexer(md).find((t) => t.type === 'table') as Tokens.Table).rows.map((r) => r[1]);

  it('the validate job summary links every check id, under the SARIF helpUri base, to the heading GitHub gives that id', () => {
    const md = renderFormat('markdown', SAMPLE_FINDINGS, summary, { color: false, toolVersion: 'test' });
    const rows = (marked.lexer(md).find((t) => t.type === 'table') as Tokens.Table).rows;
    expect(rows).toHaveLength(SAMPLE_FINDINGS.length);
    for (const row of rows) expect(row).toHaveLength(4);
    const links = markdownLinks(md);
    const ids = [
      'kubernetes/run-as-non-root',
      'kubernetes/run-as-non-root',
      'kubernetes/run-as-non-root',
      'dockerfile/user-root',
      'compose/healthcheck-missing',
      'compose/healthcheck-missing',
      'monitoring/alert-missing-for',
    ];
    expect(links.map((l) => l.text)).toEqual(ids);
    for (const l of links) {
      expect(l.href.startsWith(`${HELP_URI_BASE}#`)).toBe(true);
      expect(DOC_ANCHORS.get(l.href.slice(HELP_URI_BASE.length + 1))).toBe(l.text);
    }
    expect(md).toContain(`| error | [\`kubernetes/run-as-non-root\`](${HELP_URI_BASE}#kubernetesrun-as-non-root) | k8s/deploy.yaml:7 |`);
  });

  it('links only the ids it is told have a section: a secret scanner rule has none, and stays a code span', () => {
    const documented = new Set(CHECKS.map((c) => c.id));
    const secret: Finding = { ...(SAMPLE_FINDINGS[1] as Finding), checkId: secretChecks()[0].id, file: '.env', line: 3 };
    expect(documented.has(secret.checkId)).toBe(false);
    const md = renderMarkdownSummary([secret, SAMPLE_FINDINGS[1] as Finding], summary, { documentedChecks: documented });
    const cells = checkCells(md);
    expect(cells.map((c) => c.tokens.map((t) => t.type))).toEqual([['codespan'], ['link']]);
    expect(markdownLinks(md).map((l) => l.text)).toEqual(['kubernetes/run-as-non-root']);
    // Without the set (the default), nothing is linked.
    expect(markdownLinks(renderMarkdownSummary(SAMPLE_FINDINGS, summary))).toEqual([]);
  });

  it('a finding whose id is not shaped like a check id is never linked, even when listed', () => {
    const odd: Finding = { ...(SAMPLE_FINDINGS[1] as Finding), checkId: 'x|y`](javascript:alert(1))' };
    const md = renderMarkdownSummary([odd], summary, { documentedChecks: new Set([odd.checkId]) });
    expect(markdownLinks(md)).toEqual([]);
    expect((marked.lexer(md).find((t) => t.type === 'table') as Tokens.Table).rows[0]).toHaveLength(4);
  });
});

describe('escapeCell', () => {
  it('escapes pipes and HTML and keeps one line', () => {
    expect(escapeCell('x|y\r\nz<b>')).toBe('x\\|y z&lt;b&gt;');
  });

  it('leaves code spans as they are (GFM shows entities in them literally)', () => {
    expect(escapeCell('expr `up < 1` for <5m>')).toBe('expr `up < 1` for &lt;5m&gt;');
    // Ambiguous backticks: everything escaped.
    expect(escapeCell('a `` b < c')).toBe('a `` b &lt; c');
  });
});

describe('@mentions copied from a repository notify nobody', () => {
  const ZWSP = '&#8203;';
  it('a user, a team and a mention at the start get a zero-width space after the @', () => {
    expect(escapeCell('@octocat please look, cc @acme/platform-team')).toBe(`@${ZWSP}octocat please look, cc @${ZWSP}acme/platform-team`);
  });

  it('e-mail addresses, code spans and a lone @ stay as they are', () => {
    expect(escapeCell('mail ops@example.com about `@octocat` @ noon')).toBe('mail ops@example.com about `@octocat` @ noon');
  });

  it('in the job summary table', () => {
    const finding: Finding = {
      checkId: 'compose/healthcheck-missing',
      severity: 'error',
      category: 'reliability',
      message: 'ping @octocat',
      file: 'a.yml',
      line: 1,
      column: 1,
    };
    const md = renderMarkdownSummary([finding], summary);
    expect(md).toContain(`ping @${ZWSP}octocat`);
    expect(md).not.toMatch(/(^|[^A-Za-z0-9_`])@octocat/);
  });
});
