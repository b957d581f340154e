/**
 * monitoring/promtool is reported by the engine from the promtool runner's results. These tests run
 * validate() with the real promtool adapter and check the findings users see: file, line and
 * promtool's message. CI installs promtool and fails without it; elsewhere the tests that need it are
 * skipped with a note (helpers/required-tool.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPromtoolRunner } from '../../../../src/adapters/prometheus/promtool';
import { configSchema } from '../../../../src/core/config/schema';
import type { Finding } from '../../../../src/core/findings';
import { validate, type ExternalTools } from '../../../../src/core/validate/run';
import { describeWithTool } from '../../../helpers/required-tool';

const describeWithPromtool = describeWithTool({
  command: 'promtool',
  probeArgs: ['--version'],
  install: 'apt-get install prometheus',
  suite: 'core/checks/monitoring/promtool.test.ts',
});

function run(files: Record<string, string>, config: Record<string, unknown> = {}, tools: ExternalTools = { promtool: createPromtoolRunner() }): Finding[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-promtool-check-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const { findings } = validate({ root: dir, config: configSchema.parse(config), only: ['monitoring/promtool'], externalTools: tools });
    return findings;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const summary = (f: Finding): string => `${f.checkId} ${f.file}:${f.line} ${f.messageId}: ${f.message}`;

const GOOD_RULES = 'groups:\n  - name: mcp\n    rules:\n      - alert: McpDown\n        expr: up{job="mcp"} == 0\n        for: 5m\n';

describeWithPromtool('monitoring/promtool with the real promtool', () => {
  test('valid rule and config files: no findings', () => {
    expect(
      run({
        'monitoring/alerts.rules.yml': GOOD_RULES,
        'monitoring/prometheus.yml':
          'global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: mcp\n    static_configs:\n      - targets: ["mcp:9100"]\n',
      }).map(summary),
    ).toEqual([]);
  });

  test('bad PromQL is reported at the expression line', () => {
    const findings = run({
      'monitoring/alerts.rules.yml': `${GOOD_RULES}      - alert: McpErrors\n        expr: rate(mcp_errors_total[5m]\n        for: 5m\n`,
    });
    expect(findings.map((f) => [f.checkId, f.file, f.line, f.messageId, f.severity])).toEqual([
      ['monitoring/promtool', 'monitoring/alerts.rules.yml', 8, 'failed', 'error'],
    ]);
    expect(findings[0].message).toMatch(/^promtool check rules: line 8, column 15: group "mcp", rule 2, "McpErrors": could not parse expression/);
  });

  test('a bad duration is reported at the line that holds it', () => {
    const findings = run({ 'alerts.rules.yml': 'groups:\n  - name: mcp\n    rules:\n      - alert: McpDown\n        expr: up == 0\n        for: 5 minutes\n' });
    expect(findings.map(summary)).toEqual([
      'monitoring/promtool alerts.rules.yml:6 failed: promtool check rules: line 6: not a valid duration string: "5 minutes"',
    ]);
  });

  test('a bad config is reported in the config file, and only the broken one of several rule files', () => {
    const findings = run({
      'prometheus.yml':
        'scrape_configs:\n  - job_name: mcp\n    static_configs:\n      - targets: ["a:9100"]\n  - job_name: mcp\n    static_configs:\n      - targets: ["b:9100"]\n',
      'rules/a.rules.yml': GOOD_RULES,
      'rules/b.rules.yml': 'groups:\n  - name: b\n    rules:\n      - record: job:up:sum\n        expr: sum(up) by (job\n',
    });
    expect(findings.map((f) => [f.file, f.line])).toEqual([
      ['prometheus.yml', 5],
      ['rules/b.rules.yml', 5],
    ]);
    expect(findings[0].message).toBe('promtool check config: line 5: found multiple scrape configs with job name "mcp"');
    expect(findings[1].message).toContain('promtool check rules: line 5, column 15:');
  });

  test('PrometheusRule resources are not handed to promtool (it reads plain rule files only)', () => {
    const findings = run({
      'k8s/rules.yaml':
        'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: mcp\nspec:\n  groups:\n    - name: mcp\n      rules:\n        - alert: McpDown\n          expr: up == 0\n          for: 5m\n',
    });
    expect(findings.map(summary)).toEqual([]);
  });
});

describe('monitoring/promtool without running promtool', () => {
  test('monitoring.promtool: never skips promtool', () => {
    expect(
      run({ 'alerts.rules.yml': 'groups:\n  - name: g\n    rules:\n      - alert: X\n        expr: rate(x[5m]\n' }, { monitoring: { promtool: 'never' } }).map(
        summary,
      ),
    ).toEqual([]);
  });

  test('monitoring.promtool: always, without promtool: one "unavailable" finding', () => {
    const missing = createPromtoolRunner({ binary: path.join(os.tmpdir(), 'no-such-promtool-binary') });
    const findings = run({ 'alerts.rules.yml': GOOD_RULES }, { monitoring: { promtool: 'always' } }, { promtool: missing });
    expect(findings.map((f) => [f.file, f.line, f.messageId])).toEqual([['alerts.rules.yml', 1, 'unavailable']]);
  });

  test('monitoring.promtool: auto, without promtool: silent', () => {
    const missing = createPromtoolRunner({ binary: path.join(os.tmpdir(), 'no-such-promtool-binary') });
    expect(run({ 'alerts.rules.yml': GOOD_RULES }, {}, { promtool: missing }).map(summary)).toEqual([]);
  });
});
