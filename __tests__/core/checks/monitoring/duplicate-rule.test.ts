import check from '../../../../src/core/checks/monitoring/duplicate-rule';
import { describeCheck } from '../../../helpers/check-cases';

/** kube-prometheus' apiserver availability rules: one record name, one series per status class. */
const byCode = (classes: string[], extra = ''): string =>
  [
    'groups:',
    '  - name: kube-apiserver-availability.rules',
    '    interval: 3m',
    '    rules:',
    ...classes.flatMap((c) => [
      `      - expr: sum by (cluster, code, verb) (increase(apiserver_request_total{job="apiserver",verb=~"LIST|GET|POST|PUT|PATCH|DELETE",code=~"${c}"}[1h]))`,
      '        record: code_verb:apiserver_request_total:increase1h',
    ]),
    extra,
  ].join('\n');

describeCheck(check, {
  defaultFile: 'alerts.yml',
  valid: [
    {
      name: 'same alert with different severities (a common, valid pattern)',
      code: 'groups:\n  - name: mcp\n    rules:\n      - alert: McpLatency\n        expr: x > 1\n        labels: {severity: warning}\n      - alert: McpLatency\n        expr: x > 5\n        labels: {severity: critical}\n',
    },
    {
      name: 'same name in different groups',
      code: 'groups:\n  - name: a\n    rules:\n      - record: job:up:sum\n        expr: sum(up)\n  - name: b\n    rules:\n      - record: job:up:sum\n        expr: sum(up)\n',
    },
    { name: 'same record name, status classes kept by `sum by (code)` and disjoint (kube-prometheus)', code: byCode(['2..', '3..', '4..', '5..']) },
    {
      name: 'same record name, read and write verbs apart (regex alternatives)',
      code: [
        'groups:',
        '  - name: api',
        '    rules:',
        '      - record: verb:requests:rate5m',
        '        expr: sum by (verb) (rate(apiserver_request_total{verb=~"LIST|GET"}[5m]))',
        '      - record: verb:requests:rate5m',
        '        expr: sum by (verb) (rate(apiserver_request_total{verb=~"POST|PUT|PATCH|DELETE"}[5m]))',
        '      - record: verb:requests:rate5m',
        '        expr: sum by (verb) (rate(apiserver_request_total{verb="WATCH"}[5m]))',
        '',
      ].join('\n'),
    },
    {
      name: 'series kept apart by a label only one rule keeps (the other has none)',
      code: 'groups:\n  - name: mcp\n    rules:\n      - record: instance:errors:rate5m\n        expr: sum by (instance) (rate(errors_total{instance=~".+"}[5m]))\n      - record: instance:errors:rate5m\n        expr: sum(rate(errors_total[5m]))\n',
    },
    {
      name: 'an expression stackgate cannot follow is not reported (label_replace writes the label)',
      code: 'groups:\n  - name: mcp\n    rules:\n      - record: code:requests:rate5m\n        expr: label_replace(sum by (code) (rate(http_requests_total{code=~"2.."}[5m])), "code", "2xx", "", "")\n      - record: code:requests:rate5m\n        expr: sum by (code) (rate(http_requests_total{code=~"5.."}[5m]))\n',
    },
  ],
  invalid: [
    {
      name: 'overlapping status classes (5.. contains 500)',
      code: byCode(['5..', '500']),
      errors: [
        {
          line: 8,
          messageId: 'duplicateRule',
          message: 'record "code_verb:apiserver_request_total:increase1h" with the same labels is already defined on line 6',
        },
      ],
    },
    {
      name: 'the distinguishing label is aggregated away, so both write the same series',
      code: byCode(['2..', '3..']).replace(/sum by \(cluster, code, verb\)/g, 'sum by (cluster, verb)'),
      errors: [{ line: 8, messageId: 'duplicateRule' }],
    },
    {
      name: 'the same expression twice, even one the model cannot follow',
      code: 'groups:\n  - name: mcp\n    rules:\n      - record: x:y:z\n        expr: label_join(up, "a", ",", "b")\n      - record: x:y:z\n        expr: label_join(up,  "a", ",", "b")\n',
      errors: [{ line: 6, messageId: 'duplicateRule' }],
    },
    {
      name: 'on() keeps only its labels: the code matchers no longer tell the series apart',
      code: 'groups:\n  - name: mcp\n    rules:\n      - record: job:ratio\n        expr: rate(a{code=~"2.."}[5m]) / on (job) rate(b[5m])\n      - record: job:ratio\n        expr: rate(a{code=~"3.."}[5m]) / on (job) rate(b[5m])\n',
      errors: [{ line: 6, messageId: 'duplicateRule' }],
    },
    {
      name: 'duplicate group names',
      code: 'groups:\n  - name: mcp\n    rules: []\n  - name: mcp\n    rules: []\n',
      errors: [{ line: 4, messageId: 'duplicateGroup', message: 'already used on line 2' }],
    },
    {
      name: 'duplicate recording rule with the same labels',
      code: 'groups:\n  - name: mcp\n    rules:\n      - record: job:up:sum\n        expr: sum(up)\n        labels: {a: "1", b: "2"}\n      - record: job:up:sum\n        expr: sum by (job) (up)\n        labels: {b: "2", a: "1"}\n',
      errors: [{ line: 7, messageId: 'duplicateRule', message: 'record "job:up:sum" with the same labels is already defined on line 4' }],
    },
    {
      name: 'duplicate alert without labels',
      code: 'groups:\n  - name: mcp\n    rules:\n      - alert: McpDown\n        expr: up == 0\n      - alert: McpDown\n        expr: up == 0\n',
      errors: [{ line: 6, messageId: 'duplicateRule' }],
    },
  ],
});
