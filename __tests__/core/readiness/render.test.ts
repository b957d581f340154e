/**
 * The comment Markdown, read back by a GFM lexer (marked): structure, links (files, and check ids
 * to their sections in docs/checks.md), escaping, and the 65,536-character budget with an exact
 * count of what was left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { marked, type Token, type Tokens } from 'marked';
import { CHECKS_DOC_URL } from '../../../src/core/checks/catalogue';
import { CHECKS } from '../../../src/core/checks/index';
import { defineCheck, READINESS_CATEGORIES, type AnyCheck } from '../../../src/core/checks/types';
import { configSchema } from '../../../src/core/config/schema';
import type { Finding } from '../../../src/core/findings';
import { compareReadiness } from '../../../src/core/readiness/delta';
import { commentMarker, renderReadinessMarkdown, renderReadinessText } from '../../../src/core/readiness/render';
import { COMMENT_LIMIT } from '../../../src/core/report/channel-budgets';
import { computeReadiness } from '../../../src/core/readiness/score';
import { HELP_URI_BASE } from '../../../src/core/validate/formats';
import { resolveCheckSettings } from '../../../src/core/validate/settings';
import { githubAnchors, markdownLinks } from '../../helpers/github-anchors';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const LINK_BASE = `https://github.com/acme/mcp-fleet/blob/${SHA}/`;

function makeReport(count: number, messageFor: (i: number) => string, failing: (i: number) => boolean) {
  const domains = ['compose', 'dockerfile', 'kubernetes', 'monitoring', 'ci', 'docs'];
  const checks = Array.from(
    { length: count },
    (_, i) =>
      defineCheck({
        id: `${domains[i % domains.length]}/check-${String(i).padStart(3, '0')}`,
        target: 'repository',
        meta: {
          title: `Check number ${i}`,
          category: 'reliability',
          severity: i % 3 === 0 ? 'error' : 'warning',
          rationale: 'r',
          remediation: 'f',
          messages: { m: 'm' },
        },
        check() {},
      }) as AnyCheck,
  );
  const findings: Finding[] = checks
    .filter((_, i) => failing(i))
    .map((c, j) => ({
      checkId: c.id,
      severity: c.meta.severity,
      category: 'reliability',
      message: messageFor(j),
      file: `stacks/prod/docker compose ${j}.yml`,
      line: j + 1,
      column: 1,
    }));
  return computeReadiness({
    checks,
    settings: resolveCheckSettings(checks, configSchema.parse({})),
    evaluated: new Set(checks.map((c) => c.id)),
    findings,
    domainsWithFiles: new Set(),
    toolVersion: '1.2.3',
    generatedAt: 'now',
    commit: SHA,
  });
}

const tables = (tokens: Token[]): Tokens.Table[] => tokens.filter((t): t is Tokens.Table => t.type === 'table');

describe('renderReadinessMarkdown', () => {
  const base = makeReport(
    12,
    () => 'old',
    (i) => i < 2,
  );
  const head = makeReport(
    12,
    (j) => `finding ${j} | with a pipe and <script>alert(1)</script>`,
    (i) => i >= 1 && i < 4,
  );
  const delta = compareReadiness(head, base);
  const md = renderReadinessMarkdown(head, {
    delta,
    verdict: { passed: false, reasons: ['score 75 is under fail-under 80'] },
    linkBase: LINK_BASE,
    marker: commentMarker('readiness'),
  });
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
    const rows = tables(tokens)
      .slice(1)
      .flatMap((t) => t.rows);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(4); // the pipe in the message did not split the cell
    const links = rows.flatMap((r) => r[2].tokens).filter((t): t is Tokens.Link => t.type === 'link');
    expect(links.map((l) => l.href)).toEqual(expect.arrayContaining([`${LINK_BASE}stacks/prod/docker%20compose%200.yml#L1`]));
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
  });

  test('code spans keep their text (GFM shows entities in them literally); HTML around them is escaped', () => {
    const report = makeReport(
      3,
      (j) => (j === 0 ? 'no rule detects `up < 1` <b>here</b>' : 'a \\`<img src=x>` trick'),
      (i) => i < 2,
    );
    const cells = tables(marked.lexer(renderReadinessMarkdown(report, {})))
      .slice(1)
      .flatMap((t) => t.rows.map((r) => r[3]));
    const codespans = cells.flatMap((c) => c.tokens).filter((t): t is Tokens.Codespan => t.type === 'codespan');
    expect(codespans.map((t) => t.text)).toEqual(['up < 1']);
    const html = cells.flatMap((c) => c.tokens).filter((t) => t.type === 'html');
    expect(html).toEqual([]); // neither <b> nor the <img> behind an escaped backtick became HTML
  });

  test('newly failing and newly fixed checks are named, each linked to its section in docs/checks.md', () => {
    const linked = (id: string) => `[\`${id}\`](${CHECKS_DOC_URL}#${id.replace('/', '')})`;
    expect(md).toContain(`**Newly failing** (2): ${linked('kubernetes/check-002')}, ${linked('monitoring/check-003')}`);
    expect(md).toContain(`**Newly fixed** (1): ${linked('compose/check-000')}`);
  });

  test('stays under 65,536 characters and counts the failing checks it leaves out', () => {
    const big = makeReport(
      600,
      (j) => `finding ${j} `.repeat(40),
      () => true,
    );
    const out = renderReadinessMarkdown(big, { linkBase: LINK_BASE, marker: commentMarker('readiness') });
    expect(out.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const shown = tables(marked.lexer(out))
      .slice(1)
      .reduce((n, t) => n + t.rows.length, 0);
    expect(shown).toBeGreaterThan(20);
    const note = /> (\d+) failing checks are not shown here/.exec(out);
    expect(note).not.toBeNull();
    expect(Number(note![1])).toBe(600 - shown);
    expect(out.match(/<details>/g)?.length).toBe(out.match(/<\/details>/g)?.length);
  });

  test('the same report with a larger budget shows every failing check', () => {
    const big = makeReport(
      600,
      (j) => `finding ${j} `.repeat(40),
      () => true,
    );
    const out = renderReadinessMarkdown(big, { maxChars: 1024 * 1024 });
    expect(
      tables(marked.lexer(out))
        .slice(1)
        .reduce((n, t) => n + t.rows.length, 0),
    ).toBe(600);
    expect(out).not.toContain('not shown here');
  });
});

describe('check ids link to their sections in docs/checks.md', () => {
  const DOC_ANCHORS = githubAnchors(fs.readFileSync(path.join(__dirname, '../../../docs/checks.md'), 'utf8'));

  /** A report of the real catalogue with findings for `failing` (errors are blockers), and its delta against a clean base. */
  function catalogueReport(failing: readonly string[], message = (id: string) => `${id} found a problem`) {
    const findings: Finding[] = failing.map((id, i) => {
      const check = CHECKS.find((c) => c.id === id)!;
      return {
        checkId: id,
        severity: check.meta.severity,
        category: check.meta.category,
        message: message(id),
        file: `stacks/prod/compose-${i}.yml`,
        line: i + 1,
        column: 1,
      };
    });
    const compute = (f: Finding[], commit: string) =>
      computeReadiness({
        checks: CHECKS,
        settings: resolveCheckSettings(CHECKS, configSchema.parse({})),
        evaluated: new Set(CHECKS.map((c) => c.id)),
        findings: f,
        domainsWithFiles: new Set(),
        toolVersion: '1.2.3',
        generatedAt: 'now',
        commit,
      });
    const head = compute(findings, SHA);
    return { head, delta: compareReadiness(head, compute([], 'f'.repeat(40))) };
  }

  /** Each link into docs/checks.md: it is the SARIF helpUri's base, its text is a check id, and GitHub's anchor of that id's heading. */
  function expectValidCheckLinks(markdown: string): string[] {
    const links = markdownLinks(markdown).filter((l) => l.href.startsWith(`${CHECKS_DOC_URL}#`));
    for (const l of links) {
      expect(l.href.startsWith(`${HELP_URI_BASE}#`)).toBe(true);
      expect(DOC_ANCHORS.get(l.href.slice(HELP_URI_BASE.length + 1))).toBe(l.text);
    }
    return links.map((l) => l.text);
  }

  test('in the blockers, the newly failing list and the failing-check tables, as GitHub renders the anchors', () => {
    const failing = ['compose/image-latest-tag', 'kubernetes/run-as-non-root', 'dockerfile/user-root', 'monitoring/alert-missing-for'].filter((id) =>
      CHECKS.some((c) => c.id === id),
    );
    expect(failing).toHaveLength(4);
    const { head, delta } = catalogueReport(failing);
    const md = renderReadinessMarkdown(head, { delta, linkBase: LINK_BASE, marker: commentMarker('readiness') });
    const linked = expectValidCheckLinks(md);
    const blockers = head.blockers.map((b) => b.checkId);
    expect(blockers.length).toBeGreaterThan(0);
    // Every blocker once, every failing check in the newly failing list and once more in its table.
    expect([...linked].sort()).toEqual([...blockers, ...failing, ...failing].sort());
    for (const table of tables(marked.lexer(md)).slice(1)) for (const row of table.rows) expect(row).toHaveLength(4);
  });

  test('the job summary form (1 MiB budget) links the same way', () => {
    const { head, delta } = catalogueReport(CHECKS.slice(0, 40).map((c) => c.id));
    const md = renderReadinessMarkdown(head, { delta, maxChars: 1024 * 1024 });
    const failing = head.checks.filter((c) => c.status === 'fail').map((c) => c.id);
    expect(failing).toHaveLength(40);
    expect(new Set(expectValidCheckLinks(md))).toEqual(new Set(failing));
  });

  test('with every catalogue check failing, the links stay within the 65,536 characters and the note counts what was left out', () => {
    const { head, delta } = catalogueReport(
      CHECKS.map((c) => c.id),
      (id) => `${id}: `.repeat(30),
    );
    const md = renderReadinessMarkdown(head, { delta, linkBase: LINK_BASE, marker: commentMarker('readiness') });
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md).not.toContain('> Truncated at');
    const shown = tables(marked.lexer(md))
      .slice(1)
      .reduce((n, t) => n + t.rows.length, 0);
    expect(shown).toBeGreaterThan(20);
    // 25 blockers, 30 of the newly failing, and every row shown: each one a valid link.
    expect(head.blockers.length).toBeGreaterThan(25);
    expect(delta.newlyFailing.length).toBeGreaterThan(30);
    expect(expectValidCheckLinks(md)).toHaveLength(25 + 30 + shown);
    expect(Number(/> (\d+) failing checks are not shown here/.exec(md)?.[1])).toBe(head.checks.filter((c) => c.status === 'fail').length - shown);
  });

  test('an id that is not a check id (a hostile report read back from a file) stays a plain code span and keeps the table whole', () => {
    const report = makeReport(
      2,
      () => 'm',
      () => true,
    );
    const hostile = { ...report, checks: report.checks.map((c, i) => (i === 0 ? { ...c, id: 'x|y`](javascript:alert(1))' } : c)) };
    const md = renderReadinessMarkdown(hostile, {});
    for (const table of tables(marked.lexer(md)).slice(1)) for (const row of table.rows) expect(row).toHaveLength(4);
    expect(
      markdownLinks(md)
        .map((l) => l.href)
        .filter((h) => !h.startsWith(`${CHECKS_DOC_URL}#`)),
    ).toEqual([]);
    expect(md).toContain("`x\\|y'](javascript:alert(1))`");
  });
});

describe('renderReadinessText', () => {
  test('headline, categories, failing checks and verdict', () => {
    const head = makeReport(
      6,
      () => 'broken',
      (i) => i === 1,
    );
    const text = renderReadinessText(head, { verdict: { passed: true, reasons: [] } });
    expect(text.split('\n')[0]).toBe(`Readiness ${head.score}% grade ${head.grade}: 5/6 applicable checks pass, 1 failing, 0 not applicable, 0 blockers`);
    expect(text).toContain('warning dockerfile/check-001');
    expect(text.trimEnd().endsWith('PASS')).toBe(true);
  });
});

test('@mentions in finding messages notify nobody in the comment (blockers list and check tables)', () => {
  const report = makeReport(
    3,
    () => 'assigned to @octocat and @acme/sre',
    (i) => i < 3,
  );
  const md = renderReadinessMarkdown(report, {});
  expect(md).toContain('@&#8203;octocat');
  expect(md).not.toMatch(/(^|[^A-Za-z0-9_`])@(octocat|acme\/sre)/m);
});
