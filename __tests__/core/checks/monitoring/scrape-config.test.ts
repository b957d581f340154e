import check from '../../../../src/core/checks/monitoring/scrape-config';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'prometheus.yml',
  valid: [
    {
      name: 'typical config',
      code: 'global:\n  scrape_interval: 15s\n  evaluation_interval: 15s\nscrape_configs:\n  - job_name: mcp\n    static_configs:\n      - targets: ["mcp-server:9464", "10.0.0.5:9100", "[::1]:9090"]\n',
    },
    {
      name: 'blackbox exporter rewrites __address__',
      code: 'scrape_configs:\n  - job_name: probe\n    metrics_path: /probe\n    static_configs:\n      - targets: [https://mcp.example.com]\n    relabel_configs:\n      - source_labels: [__address__]\n        target_label: __param_target\n      - target_label: __address__\n        replacement: blackbox:9115\n',
    },
    {
      name: 'job timeout within the job interval',
      code: 'global:\n  scrape_interval: 10s\nscrape_configs:\n  - job_name: slow\n    scrape_interval: 1m\n    scrape_timeout: 30s\n',
    },
  ],
  invalid: [
    {
      name: 'missing and duplicate job names',
      code: 'scrape_configs:\n  - job_name: mcp\n    static_configs:\n      - targets: ["a:1"]\n  - static_configs:\n      - targets: ["b:1"]\n  - job_name: mcp\n',
      errors: [
        { line: 5, messageId: 'missingJob', message: 'scrape config #2' },
        { line: 7, messageId: 'duplicateJob', message: 'already used on line 2' },
      ],
    },
    {
      name: 'timeouts and evaluation interval',
      code: 'global:\n  scrape_interval: 30s\n  scrape_timeout: 1m\n  evaluation_interval: 10s\nscrape_configs:\n  - job_name: mcp\n    scrape_interval: 5s\n    scrape_timeout: 10s\n',
      errors: [
        { line: 3, messageId: 'timeoutAboveInterval', message: 'global scrape_timeout 1m' },
        { line: 4, messageId: 'evaluationFaster', message: 'evaluation_interval 10s is shorter than scrape_interval 30s' },
        { line: 8, messageId: 'timeoutAboveInterval', message: 'job "mcp" scrape_timeout 10s is longer than its scrape_interval 5s' },
      ],
    },
    {
      name: 'static target without port',
      code: 'scrape_configs:\n  - job_name: mcp\n    static_configs:\n      - targets:\n          - mcp-server:9464\n          - mcp-worker\n',
      errors: [{ line: 6, messageId: 'targetNoPort', message: '"mcp-worker" in job "mcp"' }],
    },
  ],
});
