/**
 * When two recording-rule expressions can write the same series: label matchers (equality and RE2
 * regular expressions) followed through aggregations, functions and binary operators.
 */
import { areExclusive, regexModel } from '../../../../src/core/checks/monitoring/_label-matchers';
import { parsePromql } from '../../../../src/core/checks/monitoring/_promql-ast';
import { seriesOverlap } from '../../../../src/core/checks/monitoring/_series-overlap';

test.each([
  ['=~', '2..', '=~', '3..', true],
  ['=~', '2..', '=~', '2..|3..', false],
  ['=~', 'LIST|GET', '=~', 'POST|PUT|PATCH|DELETE', true],
  ['=~', 'LIST|GET', '=', 'GET', false],
  ['=~', '4.*', '=~', '5.*', true],
  ['=~', '4.*', '=~', '.*', false],
  ['=~', '5[0-9]{2}', '=', '503', false],
  ['=~', '5[0-9]{2}', '=', '5034', true],
  ['=~', '(?i)get', '=', 'GET', false],
  ['=', 'a', '=', 'b', true],
  ['=', 'a', '!=', 'a', true],
  ['=', 'a', '!=', 'b', false],
  ['=~', 'GET|LIST', '!~', 'GET|LIST|WATCH', true],
  ['=~', '2..', '!~', '2..', true],
  ['=~', '2..', '!~', '3..', false],
  ['!=', 'a', '!~', 'b', false],
  ['=', '', '=~', '.+', true],
  ['=', '', '=~', '.*', false],
] as const)('%s"%s" and %s"%s" exclude each other: %s', (opA, a, opB, b, expected) => {
  expect(areExclusive({ label: 'l', op: opA, value: a }, { label: 'l', op: opB, value: b })).toBe(expected);
});

test('regular expressions beyond the model give no model (never a wrong one)', () => {
  expect(regexModel('(?i)get')).toBeUndefined();
  expect(regexModel('a\\bb')).toBeUndefined();
  expect(regexModel('[[:alpha:]]')).toBeUndefined();
  expect(regexModel('2..')).toHaveLength(1);
});

test.each([
  ['sum by (code) (rate(x{code=~"2.."}[5m]))', 'sum by (code) (rate(x{code=~"3.."}[5m]))', 'disjoint'],
  ['sum(rate(x{code=~"2.."}[5m])) by (code)', 'sum(rate(x{code=~"3.."}[5m])) by (code)', 'disjoint'],
  ['sum without (instance) (rate(x{code="200"}[5m]))', 'sum without (instance) (rate(x{code="404"}[5m]))', 'disjoint'],
  ['sum without (code) (rate(x{code="200"}[5m]))', 'sum without (code) (rate(x{code="404"}[5m]))', 'overlap'],
  ['rate(x{code="200"}[5m])', 'rate(x{code="404"}[5m] offset 1h)', 'disjoint'],
  [
    'histogram_quantile(0.99, sum by (le, verb) (rate(h_bucket{verb="GET"}[5m])))',
    'histogram_quantile(0.99, sum by (le, verb) (rate(h_bucket{verb="PUT"}[5m])))',
    'disjoint',
  ],
  ['sum by (code) (rate(x{code="200"}[5m])) / ignoring (code) group_left sum(rate(x[5m]))', 'sum by (code) (rate(x{code="500"}[5m]))', 'unknown'],
  ['sum by (code) (rate(x{code="200"}[5m])) or sum by (code) (rate(x{code="500"}[5m]))', 'sum by (code) (rate(x{code="500"}[5m]))', 'overlap'],
  ['sum by (code) (rate(x{code="200"}[5m])) * 100', '100 * sum by (code) (rate(x{code="500"}[5m]))', 'disjoint'],
  ['sum by (job) (rate(a[5m]))', 'sum by (job) (rate(b[5m]))', 'overlap'],
  ['sum by (code) (rate(x{code=~"2.."}[5m]))', 'sum by (code) (rate(x{code=~"2.."}[5m', 'unknown'],
])('%s vs %s: %s', (a, b, verdict) => {
  expect(seriesOverlap(a, b, []).verdict).toBe(verdict);
});

test('a label set by the rules themselves cannot keep their series apart', () => {
  expect(seriesOverlap('rate(x{code="200"}[5m])', 'rate(x{code="500"}[5m])', ['code']).verdict).toBe('overlap');
});

test('the parser reads the PromQL of common rule sets', () => {
  for (const expr of [
    'sum by (cluster, namespace, pod, container) (irate(container_cpu_usage_seconds_total{job="kubelet", metrics_path="/metrics/cadvisor", image!=""}[5m])) * on (cluster, namespace, pod) group_left(node) topk by (cluster, namespace, pod) (1, max by (cluster, namespace, pod, node) (kube_pod_info{node!=""}))',
    '1 - avg without (cpu) (sum without (mode) (rate(node_cpu_seconds_total{job="node", mode=~"idle|iowait|steal"}[5m])))',
    'count by (cluster) (sum by (node, cluster) (kube_node_info{job="kube-state-metrics"}))',
    'absent(up{job="mcp"} == 1)',
    'rate(http_requests_total[5m] @ end()) > bool 0.5',
    'max_over_time(deriv(rate(x[5m])[1h:5m])[10m:]) ^ 2 ^ 3',
    'label_replace(up, "host", "$1", "instance", "(.*):.*")',
  ]) {
    expect(() => parsePromql(expr)).not.toThrow();
  }
});
