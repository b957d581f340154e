/**
 * The comment Markdown, read back by a GFM lexer (marked): structure, links, escaping, and the
 * 65,536-character budget with an exact count of what was left out.
 */
import { marked, type Token, type Tokens } from 'marked';
import { defineCheck, READINESS_CATEGORIES, type AnyCheck } from '../../../src/core/checks/types';
import { configSchema } from '../../../src/core/config/schema';
import type { Finding } from '../../../src/core/findings';
import { compareReadiness } from '../../../src/core/readiness/delta';
import { commentMarker, renderReadinessMarkdown, renderReadinessText } from '../../../src/core/readiness/render';
import { COMMENT_LIMIT } from '../../../src/core/report/channel-budgets';
import { computeReadiness } from '../../../src/core/readiness/score';
import { resolveCheckSettings } from '../../../src/core/validate/settings';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const LINK_BASE = `https://github.com/acme/mcp-fleet/blob/${SHA}/`;

function makeReport(count: number, messageFor: (i: number) => string, failing: (i: number) => boolean) {
  const domains = ['compose', 'dockerfile', 'kubernetes', 'monitoring', 'ci', 'docs'];
  const checks = Array.from({ length: count }, (_, i) =>
    defineCheck({
      id: `${domains[i % domains.length]}/check-${String(i).padStart(3, '0')}`,
      target: 'repository',
      meta: { title: `Check number ${i}`, category: 'reliability', severity: i % 3 === 0 ? 'error' : 'warning', rationale: 'r', remediation: 'f', messages: { m: 'm' } },
      check() {},
    }) as AnyCheck,
  );
  const findings: Finding[] = checks.filter((_, i) => failing(i)).map((c, j) => ({ checkId: c.id, severity: c.meta.severity, category: 'reliability', message: messageFor(j), file: `stacks/prod/docker compose ${j}.yml`, line: j + 1, column: 1 }));
  return computeReadiness({ checks, settings: resolveCheckSettings(checks, configSchema.parse({})), evaluated: new Set(checks.map((c) => c.id)), findings, domainsWithFiles: new Set(), toolVersion: '1.2.3', generatedAt: 'now', commit: SHA });
}

const tables = (tokens: Token[]): Tokens.Table[] => tokens.filter((t): t is Tokens.Table => t.type === 'table');

describe('renderReadinessMarkdown', () => {
  const base = makeReport(12, () => 'old', (i) => i < 2);
  const head = makeReport(12, (j) => `finding ${j} | with a pipe and <script>alert(1)</script>`, (i) => i >= 1 && i < 4);
  const delta = compareReadiness(head, base);
  const md = renderReadinessMarkdown(head, { delta, verdict: { passed: false, reasons: ['score 75 is under fail-under 80'] }, linkBase: LINK_BASE, marker: commentMarker('readiness') });
  const tokens = marked.lexer(md);

  test('starts with the hidden marker, then a headline with score, grade and change', () => {
    expect(tokens[0]).toMatchObject({ type: 'html', raw: expect.stringContaining('<!-- stackgate:readiness -->') });
    const heading = tokens.find((t): t is Tokens.Heading => t.type === 'heading')!;
    expect(heading.depth).toBe(3);
    expect(heading.text).toContain(`${head.score}% · grade ${head.grade}`);
    expect(heading.text).toContain(`since base \`${SHA.slice(0, 7)}\``);
    expect(md).toContain('❌ The readiness check fails: score 75 is under fail-under 80.');
  });

  test('a category table with one row per category and the change column', () => {
    const [categories] = tables(tokens);
    expect(categories.header.map((h) => h.text)).toEqual(['Category', 'Score', 'Change', 'Passing', 'Failing', 'N/A']);
    expect(categories.rows).toHaveLength(READINESS_CATEGORIES.length);
  });

  test('failing checks in collapsible sections, linked to the head commit, cells escaped', () => {
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length);
    const rows = tables(tokens).slice(1).flatMap((t) => t.rows);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(4); // the pipe in the message did not split the cell
    const links = rows.flatMap((r) => r[2].tokens).filter((t): t is Tokens.Link => t.type === 'link');
    expect(links.map((l) => l.href)).toEqual(expect.arrayContaining([`${LINK_BASE}stacks/prod/docker%20compose%200.yml#L1`]));
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
  });

  test('code spans keep their text (GFM shows entities in them literally); HTML around them is escaped', () => {
    const report = makeReport(3, (j) => (j === 0 ? 'no rule detects `up < 1` <b>here</b>' : 'a \\`<img src=x>` trick'), (i) => i < 2);
    const cells = tables(marked.lexer(renderReadinessMarkdown(report, {}))).slice(1).flatMap((t) => t.rows.map((r) => r[3]));
    const codespans = cells.flatMap((c) => c.tokens).filter((t): t is Tokens.Codespan => t.type === 'codespan');
    expect(codespans.map((t) => t.text)).toEqual(['up < 1']);
    const html = cells.flatMap((c) => c.tokens).filter((t) => t.type === 'html');
    expect(html).toEqual([]); // neither <b> nor the <img> behind an escaped backtick became HTML
  });

  test('newly failing and newly fixed checks are named', () => {
    expect(md).toMatch(/\*\*Newly failing\*\* \(2\): `[a-z]+\/check-002`, `[a-z]+\/check-003`/);
    expect(md).toMatch(/\*\*Newly fixed\*\* \(1\): `compose\/check-000`/);
  });

  test('stays under 65,536 characters and counts the failing checks it leaves out', () => {
    const big = makeReport(600, (j) => `finding ${j} `.repeat(40), () => true);
    const out = renderReadinessMarkdown(big, { linkBase: LINK_BASE, marker: commentMarker('readiness') });
    expect(out.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const shown = tables(marked.lexer(out)).slice(1).reduce((n, t) => n + t.rows.length, 0);
    expect(shown).toBeGreaterThan(20);
    const note = /> (\d+) failing checks are not shown here/.exec(out);
    expect(note).not.toBeNull();
    expect(Number(note![1])).toBe(600 - shown);
    expect(out.match(/<details>/g)?.length).toBe(out.match(/<\/details>/g)?.length);
  });

  test('the same report with a larger budget shows every failing check', () => {
    const big = makeReport(600, (j) => `finding ${j} `.repeat(40), () => true);
    const out = renderReadinessMarkdown(big, { maxChars: 1024 * 1024 });
    expect(tables(marked.lexer(out)).slice(1).reduce((n, t) => n + t.rows.length, 0)).toBe(600);
    expect(out).not.toContain('not shown here');
  });
});

describe('renderReadinessText', () => {
  test('headline, categories, failing checks and verdict', () => {
    const head = makeReport(6, () => 'broken', (i) => i === 1);
    const text = renderReadinessText(head, { verdict: { passed: true, reasons: [] } });
    expect(text.split('\n')[0]).toBe(`Readiness ${head.score}% grade ${head.grade}: 5/6 applicable checks pass, 1 failing, 0 not applicable, 0 blockers`);
    expect(text).toContain('warning dockerfile/check-001');
    expect(text.trimEnd().endsWith('PASS')).toBe(true);
  });
});

test('@mentions in finding messages notify nobody in the comment (blockers list and check tables)', () => {
  const report = makeReport(3, () => 'assigned to @octocat and @acme/sre', (i) => i < 3);
  const md = renderReadinessMarkdown(report, {});
  expect(md).toContain('@&#8203;octocat');
  expect(md).not.toMatch(/(^|[^A-Za-z0-9_`])@(octocat|acme\/sre)/m);
});
