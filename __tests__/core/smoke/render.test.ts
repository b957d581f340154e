import { applyExpectedFailures } from '../../../src/core/smoke/outcome';
import { SUMMARY_LIMIT } from '../../../src/core/report/channel-budgets';
import { renderSmokeJunit, renderSmokeMarkdown, renderSmokeText } from '../../../src/core/smoke/render';
import type { SmokeReport } from '../../../src/core/smoke/report-schema';
import { check, report, target } from '../../helpers/smoke-report';
import { parseXml, type XmlElement } from '../../helpers/xml';

// ---------------------------------------------------------------- report factory

const latency = (p95Ms: number) => ({
  basis: 'tools/call' as const,
  samples: 20,
  p50Ms: 40,
  p95Ms,
  p99Ms: p95Ms + 10,
  maxMs: p95Ms + 20,
  errors: 0,
  errorRate: 0,
});

/** api passes (an expected failure, a warning, a skipped check); docs fails. */
function mixed(): SmokeReport {
  const api = target(
    'api',
    applyExpectedFailures(
      [
        check('initialize', 'pass', 'api-server 2.1.0, protocol 2025-06-18', 210),
        check('call:echo', 'pass', 'ok', 12),
        check('call:fetch', 'fail', 'returned isError: true ("upstream down")', 30),
        check('latency', 'warn', 'p95 123 ms is close to the budget'),
        check('session-close', 'skipped', 'the server keeps no sessions'),
      ],
      ['call:fetch'],
    ),
    { server: { name: 'api-server', version: '2.1.0' }, latency: latency(123.4) },
  );
  const docs = target(
    'docs',
    [check('initialize', 'pass', 'docs 1.0.0'), check('call:search', 'fail', 'expected the text to contain "hits", got "none"', 1500)],
    { transport: 'sse', endpoint: 'https://docs.example.com/sse' },
  );
  return report([api, docs]);
}

function allPassing(): SmokeReport {
  return report(
    [target('memory', [check('initialize', 'pass', 'memory 1.0.0'), check('ping', 'pass', 'ok')], { transport: 'stdio', endpoint: 'npx server-memory' })],
    { durationMs: 800 },
  );
}

const NASTY = 'got <b>"x" & \'y\'</b> | pipe\nnext line\ttab \u0001ctl \u001b[31m';

// ---------------------------------------------------------------- XML parsing

const suite = (root: XmlElement, name: string) => root.children.find((s) => s.attributes.name === name)!;
const testcase = (s: XmlElement, name: string) => s.children.find((c) => c.attributes.name === name)!;

// ---------------------------------------------------------------- text

describe('renderSmokeText', () => {
  const text = renderSmokeText(mixed());
  const lines = text.split('\n');

  it('starts with a headline of services, failed checks, expected failures, warnings and the duration', () => {
    expect(lines[0]).toBe('smoke prod: 1 of 2 services pass, 1 failed check of 7 (1 expected failure, 1 warning) in 2.50 s');
  });

  it('uses singular and plural, and leaves out the environment and empty extras', () => {
    const one = renderSmokeText(report([target('a', [check('ping', 'pass', 'ok')])], { environment: null, durationMs: 5 }));
    expect(one.split('\n')[0]).toBe('smoke: 1 of 1 service pass, 0 failed checks of 1 in 5.0 ms');
  });

  it('has an aligned table row per service with transport, checks passed of run, p95 and result', () => {
    const header = lines.find((l) => l.startsWith('SERVICE'))!;
    const api = lines.find((l) => l.startsWith('api '))!;
    const docs = lines.find((l) => l.startsWith('docs '))!;
    expect(api.split(/\s{2,}/)).toEqual(['api', 'streamable-http', '4/4', '123 ms', 'pass']);
    expect(docs.split(/\s{2,}/)).toEqual(['docs', 'sse', '1/2', '–', 'FAIL']);
    for (const column of ['TRANSPORT', 'CHECKS', 'P95', 'RESULT']) {
      const at = header.indexOf(column);
      expect(api[at - 1]).toBe(' ');
      expect(api[at]).not.toBe(' ');
      expect(docs[at]).not.toBe(' ');
    }
  });

  it('lists failed, expected-failure and warning checks to look at, but not passing or skipped ones', () => {
    const start = lines.indexOf('Checks to look at:');
    expect(start).toBeGreaterThan(0);
    const listed = lines.slice(start + 1).filter((l) => l.startsWith('  '));
    expect(listed).toEqual([
      '  xfail api  call:fetch  returned isError: true ("upstream down") (expected failure)',
      '  warn  api  latency  p95 123 ms is close to the budget',
      '  FAIL  docs  call:search  expected the text to contain "hits", got "none"',
    ]);
    expect(text).not.toContain('session-close');
    expect(text).not.toContain('call:echo');
  });

  it('ends with the verdict', () => {
    expect(text.endsWith('\nFAIL: 1 service failed\n')).toBe(true);
    const passing = renderSmokeText(allPassing());
    expect(passing.endsWith('\nPASS\n')).toBe(true);
    expect(passing).not.toContain('Checks to look at');
  });
});

// ---------------------------------------------------------------- markdown

describe('renderSmokeMarkdown', () => {
  const md = renderSmokeMarkdown(mixed());

  it('has a heading with the verdict', () => {
    expect(md.split('\n')[0]).toBe('### ❌ stackgate smoke prod: 1 of 2 services pass, 1 failed check of 7 (1 expected failure, 1 warning) in 2.50 s');
    expect(renderSmokeMarkdown(allPassing()).split('\n')[0]).toMatch(/^### ✅ stackgate smoke prod: 1 of 1 service pass/);
  });

  it('has a table row per service with server, checks, p95 and result', () => {
    expect(md).toContain('| Service | Transport | Server | Checks | p95 | Result |');
    expect(md).toContain('| `api` | streamable-http | api-server 2.1.0 | 4/4 | 123 ms | pass |');
    expect(md).toContain('| `docs` | sse | – | 1/2 | – | **FAIL** |');
  });

  it('details the checks to look at per service, open for a failed service', () => {
    expect(md).toContain('<details open><summary><code>docs</code>: 1 check to look at</summary>');
    expect(md).toContain('<details><summary><code>api</code>: 3 checks to look at</summary>');
    expect(md).toContain('| `call:search` | FAIL | expected the text to contain "hits", got "none" |');
    expect(md).toContain('| `call:fetch` | xfail | returned isError: true ("upstream down") (expected failure) |');
    expect(md).toContain('| `latency` | warn | p95 123 ms is close to the budget |');
    expect(md).toContain('| `session-close` | skip | the server keeps no sessions |');
    expect(md).not.toContain('`call:echo`');
  });

  it('has no details for a service whose checks all pass', () => {
    expect(renderSmokeMarkdown(allPassing())).not.toContain('<details');
  });

  it('shows names in code spans as they are (GFM prints entities in code spans literally)', () => {
    const out = renderSmokeMarkdown(report([target('a&b<c>', [check('call:x&y', 'fail', 'boom')])]));
    expect(out).toContain('| `a&b<c>` |');
    expect(out).toContain('| `call:x&y` |');
    expect(out).not.toContain('`a&amp;b');
  });

  it('keeps a message inside its table cell: pipes escaped, newlines flattened, HTML escaped', () => {
    const out = renderSmokeMarkdown(report([target('api', [check('call:x', 'fail', NASTY)])]));
    const row = out.split('\n').find((l) => l.startsWith('| `call:x`'))!;
    expect(row).toContain('got &lt;b&gt;"x" &amp; \'y\'&lt;/b&gt; \\| pipe next line');
    expect(row).not.toContain('<b>');
    // Four unescaped pipes: the row has exactly three cells.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(5);
  });

  it('stays within the bytes a job summary may take, cut at a row, with a counted note and where the rest is', () => {
    // 600 failing checks with messages of 2,000 three-byte characters: ~3.6 MB.
    const many = report([
      target(
        'api',
        Array.from({ length: 600 }, (_, i) => check(`call:x#${i + 1}`, 'fail', '界'.repeat(2000))),
      ),
    ]);
    const out = renderSmokeMarkdown(many, { whereTheRestIs: 'the report file has every check' });
    expect(Buffer.byteLength(out, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT);
    const rows = out.split('\n').filter((l) => l.startsWith('| `call:x#'));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((r) => r.endsWith(`| FAIL | ${'界'.repeat(2000)} |`))).toBe(true);
    expect(out).toMatch(
      new RegExp(
        `\\n\\n> … ${600 - rows.length + 2} more lines \\([\\d,]+ characters\\) not shown: this text is limited to ${SUMMARY_LIMIT.toLocaleString('en-US')} bytes; the report file has every check\\.\\n$`,
      ),
    );
  });

  it('shows notes under the headline', () => {
    expect(
      renderSmokeMarkdown(allPassing(), { notes: ['report-json leaves out the tool lists of 1 service (3 tools)'] })
        .split('\n')
        .slice(1, 4),
    ).toEqual(['', '> report-json leaves out the tool lists of 1 service (3 tools)', '']);
  });
});

// ---------------------------------------------------------------- JUnit

describe('renderSmokeJunit', () => {
  const xml = renderSmokeJunit(mixed());
  const root = parseXml(xml);

  it('is well-formed XML with a declaration and the totals on <testsuites>', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toEqual({ name: 'stackgate smoke prod', tests: '7', failures: '1', errors: '0', skipped: '2', time: '2.500' });
  });

  it('has one testsuite per service with its counts, and one testcase per check', () => {
    expect(root.children.map((s) => [s.name, s.attributes.name, s.attributes.tests, s.attributes.failures, s.attributes.skipped, s.attributes.time])).toEqual([
      ['testsuite', 'api', '5', '0', '2', '1.234'],
      ['testsuite', 'docs', '2', '1', '0', '1.234'],
    ]);
    expect(suite(root, 'api').children.map((c) => [c.name, c.attributes.name, c.attributes.classname])).toEqual([
      ['testcase', 'initialize', 'smoke.api'],
      ['testcase', 'call:echo', 'smoke.api'],
      ['testcase', 'call:fetch', 'smoke.api'],
      ['testcase', 'latency', 'smoke.api'],
      ['testcase', 'session-close', 'smoke.api'],
    ]);
  });

  it('makes a passing check an empty testcase with its time', () => {
    const c = testcase(suite(root, 'api'), 'initialize');
    expect(c.children).toEqual([]);
    expect(c.attributes.time).toBe('0.210');
    expect(testcase(suite(root, 'api'), 'session-close').attributes.time).toBe('0.000');
  });

  it('makes a failing check a <failure> with the message', () => {
    const c = testcase(suite(root, 'docs'), 'call:search');
    expect(c.children).toHaveLength(1);
    const [failure] = c.children;
    expect(failure.name).toBe('failure');
    expect(failure.attributes).toEqual({ message: 'expected the text to contain "hits", got "none"', type: 'smoke' });
    expect(failure.text).toBe('expected the text to contain "hits", got "none"');
    expect(c.attributes.time).toBe('1.500');
  });

  it('makes a skipped check <skipped> with its reason', () => {
    const [skipped] = testcase(suite(root, 'api'), 'session-close').children;
    expect(skipped).toMatchObject({ name: 'skipped', attributes: { message: 'the server keeps no sessions' } });
  });

  it('makes an expected failure a <skipped>, not a <failure>, that says it is an expected failure', () => {
    const c = testcase(suite(root, 'api'), 'call:fetch');
    expect(c.children.map((e) => e.name)).toEqual(['skipped']);
    expect(c.children[0].attributes.message).toBe('returned isError: true ("upstream down") (expected failure)');
  });

  it('keeps a warning a passing testcase, with the warning in <system-out>', () => {
    const c = testcase(suite(root, 'api'), 'latency');
    expect(c.children.map((e) => e.name)).toEqual(['system-out']);
    expect(c.children[0].text).toBe('warning: p95 123 ms is close to the budget');
  });

  it('escapes <, &, quotes, line breaks and control characters in attributes and text', () => {
    const out = renderSmokeJunit(
      report([target('we<ird> & "svc"', [check('call:x', 'fail', NASTY), check('warn', 'warn', NASTY)])], { environment: 'pr<1> & "x"' }),
    );
    const parsed = parseXml(out); // throws on anything not well-formed, a raw \u0001 included
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(parsed.attributes.name).toBe('stackgate smoke pr<1> & "x"');
    const s = parsed.children[0];
    expect(s.attributes.name).toBe('we<ird> & "svc"');
    const failure = s.children[0].children[0];
    expect(s.children[0].attributes.classname).toBe('smoke.we<ird> & "svc"');
    const visible = NASTY.replace('\u0001', '\\u0001').replace('\u001b', '\\u001b');
    expect(failure.attributes.message).toBe(visible);
    expect(failure.text).toBe(visible);
    expect(s.children[1].children[0].text).toBe(`warning: ${visible}`);
  });

  it('leaves out the environment when there is none', () => {
    expect(parseXml(renderSmokeJunit(report([target('a', [check('ping', 'pass', 'ok')])], { environment: null }))).attributes.name).toBe('stackgate smoke');
  });

  it('is well-formed without targets', () => {
    const empty = parseXml(renderSmokeJunit(report([])));
    expect(empty.attributes).toMatchObject({ tests: '0', failures: '0', skipped: '0' });
    expect(empty.children).toEqual([]);
  });
});

test('@mentions a server sends notify nobody in the Markdown summary', () => {
  const r = report([target('api', [check('initialize', 'fail', 'server says: ping @octocat')])]);
  const md = renderSmokeMarkdown(r);
  expect(md).toContain('@&#8203;octocat');
  expect(md).not.toMatch(/(^|[^A-Za-z0-9_`])@octocat/m);
});
