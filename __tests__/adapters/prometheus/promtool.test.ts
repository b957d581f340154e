/**
 * Runs the real promtool (Debian package `prometheus`, installed in CI). In CI a missing promtool
 * fails this suite on purpose, since skipping would hide a broken adapter; elsewhere the tests that
 * need it are skipped with a note (helpers/required-tool.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPromtoolRunner, normalizeBlock, parseOutput } from '../../../src/adapters/prometheus/promtool';
import { describeWithTool } from '../../helpers/required-tool';

const describeWithPromtool = describeWithTool({
  command: 'promtool',
  probeArgs: ['--version'],
  install: 'apt-get install prometheus (or a release binary on PATH)',
  suite: 'adapters/prometheus/promtool.test.ts',
});

let dir: string;
const write = (name: string, text: string): string => {
  const abs = path.join(dir, name);
  fs.writeFileSync(abs, text);
  return abs;
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-promtool-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const VALID_RULES = 'groups:\n  - name: mcp\n    rules:\n      - alert: McpDown\n        expr: up{job="mcp"} == 0\n        for: 5m\n';
const BAD_EXPR =
  'groups:\n  - name: mcp\n    rules:\n      - alert: McpDown\n        expr: up == 0\n        for: 5m\n      - alert: McpErrors\n        expr: rate(mcp_errors_total[5m]\n        for: 5m\n';
const BAD_DURATION = 'groups:\n  - name: mcp\n    rules:\n      - alert: McpDown\n        expr: up == 0\n        for: 5 minutes\n';

describeWithPromtool('createPromtoolRunner rules', () => {
  const run = createPromtoolRunner();

  test('valid rule file passes', () => {
    const good = write('good.rules.yml', VALID_RULES);
    expect(run('rules', [good])).toEqual([{ file: good, ok: true, messages: [] }]);
  });

  test('unparsable PromQL fails with the line and column of the expression', () => {
    const bad = write('bad.rules.yml', BAD_EXPR);
    const [result] = run('rules', [bad])!;
    expect(result.file).toBe(bad);
    expect(result.ok).toBe(false);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatch(/^line 8, column 15: group "mcp", rule 2, "McpErrors": could not parse expression: .*unclosed left parenthesis/);
  });

  test('a bad duration fails and is located by its value', () => {
    const bad = write('duration.rules.yml', BAD_DURATION);
    const [result] = run('rules', [bad])!;
    expect(result.ok).toBe(false);
    expect(result.messages).toEqual(['line 6: not a valid duration string: "5 minutes"']);
  });

  test('an unknown field is reported with its line', () => {
    const bad = write('field.rules.yml', 'groups:\n  - name: mcp\n    rules:\n      - alert: X\n        expr: up == 0\n        severity: page\n');
    const [result] = run('rules', [bad])!;
    expect(result.ok).toBe(false);
    expect(result.messages).toEqual(['yaml: unmarshal errors: line 6: field severity not found in type rulefmt.RuleNode']);
  });

  test('an invalid label name is located at the label', () => {
    const bad = write(
      'label.rules.yml',
      'groups:\n  - name: mcp\n    rules:\n      - alert: X\n        expr: up == 0\n        labels:\n          bad-label: x\n',
    );
    const [result] = run('rules', [bad])!;
    expect(result.ok).toBe(false);
    expect(result.messages).toEqual(['line 7: group "mcp", rule 1, "X": invalid label name: bad-label']);
  });

  test('several files in one run keep their own results, in order', () => {
    const good = write('a.rules.yml', VALID_RULES);
    const bad = write('b.rules.yml', BAD_EXPR);
    const dur = write('c.rules.yml', BAD_DURATION);
    const good2 = write('d.rules.yml', VALID_RULES.replace('mcp"', 'api"'));
    const results = run('rules', [good, bad, dur, good2])!;
    expect(results.map((r) => [path.basename(r.file), r.ok, r.messages.length])).toEqual([
      ['a.rules.yml', true, 0],
      ['b.rules.yml', false, 1],
      ['c.rules.yml', false, 1],
      ['d.rules.yml', true, 0],
    ]);
    expect(results[2].messages[0]).toContain('5 minutes');
  });

  test('a file that disappeared does not take the others down', () => {
    const good = write('a.rules.yml', VALID_RULES);
    const gone = path.join(dir, 'gone.rules.yml');
    const results = run('rules', [good, gone])!;
    expect(results.map((r) => [r.file, r.ok])).toEqual([
      [good, true],
      [gone, false],
    ]);
    expect(results[1].messages.join('\n')).toContain('does not exist');
  });

  test('no files: nothing to run', () => {
    expect(run('rules', [])).toEqual([]);
  });
});

describeWithPromtool('createPromtoolRunner config', () => {
  const run = createPromtoolRunner();

  test('valid config passes even when the rule files it names are missing (--syntax-only)', () => {
    const cfg = write(
      'prometheus.yml',
      'global:\n  scrape_interval: 15s\nrule_files:\n  - rules/missing.yml\nscrape_configs:\n  - job_name: mcp\n    static_configs:\n      - targets: ["mcp:9100"]\n',
    );
    expect(run('config', [cfg])).toEqual([{ file: cfg, ok: true, messages: [] }]);
  });

  test('duplicate job names fail, located at the second one', () => {
    const cfg = write(
      'prometheus.yml',
      'scrape_configs:\n  - job_name: mcp\n    static_configs:\n      - targets: ["a:9100"]\n  - job_name: mcp\n    static_configs:\n      - targets: ["b:9100"]\n',
    );
    const [result] = run('config', [cfg])!;
    expect(result.ok).toBe(false);
    expect(result.messages).toEqual(['line 5: found multiple scrape configs with job name "mcp"']);
  });

  test('a bad duration and an unknown field fail with lines', () => {
    const dur = write('prometheus.yml', 'global:\n  scrape_interval: 15 s\n');
    expect(run('config', [dur])![0]).toEqual({ file: dur, ok: false, messages: ['line 2: not a valid duration string: "15 s"'] });
    const field = write('prometheus-field.yml', 'scrape_configs:\n  - job_name: mcp\n    scrape_intervall: 15s\n');
    expect(run('config', [field])![0].messages).toEqual(['yaml: unmarshal errors: line 3: field scrape_intervall not found in type config.ScrapeConfig']);
  });

  test('broken YAML keeps the line promtool names', () => {
    const cfg = write('prometheus.yml', 'scrape_configs: [\n');
    const [result] = run('config', [cfg])!;
    expect(result.ok).toBe(false);
    expect(result.messages[0]).toMatch(/^yaml: line \d+: /);
  });
});

describe('createPromtoolRunner when promtool cannot run', () => {
  test('not installed: undefined, so the engine can decide (auto vs always)', () => {
    const run = createPromtoolRunner({ binary: path.join(os.tmpdir(), 'no-such-promtool-binary') });
    const f = write('a.rules.yml', VALID_RULES);
    expect(run('rules', [f])).toBeUndefined();
  });

  test('a hung promtool is killed and reported as a failure', () => {
    const fake = write('slow-promtool', '#!/bin/sh\nexec sleep 5\n');
    fs.chmodSync(fake, 0o755);
    const run = createPromtoolRunner({ binary: fake, timeoutMs: 50 });
    const f = write('a.rules.yml', VALID_RULES);
    expect(run('rules', [f])).toEqual([{ file: f, ok: false, messages: ['promtool did not finish within 50 ms'] }]);
  });
});

describe('parseOutput', () => {
  test('attributes FAILED blocks to the files that did not succeed, in order', () => {
    const stdout = 'Checking /r/a.yml\n  SUCCESS: 1 rules found\n\nChecking /r/b.yml\n\nChecking /r/c.yml\n\n';
    const stderr =
      '  FAILED:\n/r/b.yml: 5:15: group "g", rule 1, "Up": could not parse expression: 1:13: parse error\n  FAILED:\n/r/c.yml: not a valid duration string: "5 minutes"\n';
    expect(parseOutput(stdout, stderr, ['/r/a.yml', '/r/b.yml', '/r/c.yml'])).toEqual([
      { file: '/r/a.yml', ok: true, messages: [] },
      { file: '/r/b.yml', ok: false, messages: ['line 5, column 15: group "g", rule 1, "Up": could not parse expression: 1:13: parse error'] },
      { file: '/r/c.yml', ok: false, messages: ['not a valid duration string: "5 minutes"'] },
    ]);
  });

  test('refuses output it cannot attribute', () => {
    expect(parseOutput('', "promtool: error: path '/r/x.yml' does not exist, try --help\n", ['/r/x.yml'])).toBeUndefined();
    expect(parseOutput('Checking /r/a.yml\n', '', ['/r/a.yml', '/r/b.yml'])).toBeUndefined();
  });

  test('normalizeBlock splits unmarshal lists and drops repeats', () => {
    expect(
      normalizeBlock(['parsing YAML file /p.yml: yaml: unmarshal errors:', '  line 8: field foo not found', '  line 9: field bar not found'], '/p.yml'),
    ).toEqual(['yaml: unmarshal errors: line 8: field foo not found', 'yaml: unmarshal errors: line 9: field bar not found']);
    expect(normalizeBlock(['/p.yml: yaml: line 1: x', '/p.yml: yaml: line 1: x'], '/p.yml')).toEqual(['yaml: line 1: x']);
  });
});
