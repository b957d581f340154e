import check from '../../../../src/core/checks/monitoring/alertmanager-configured';
import { describeCheck } from '../../../helpers/check-cases';

const RULES = 'groups:\n  - name: mcp\n    rules:\n      - alert: MCPServerDown\n        expr: up == 0\n        for: 2m\n';
const SENDING =
  'global:\n  scrape_interval: 30s\nalerting:\n  alertmanagers:\n    - static_configs:\n        - targets: ["alertmanager:9093"]\nscrape_configs:\n  - job_name: self\n    static_configs:\n      - targets: ["localhost:9090"]\n';
const NOT_SENDING = 'global:\n  scrape_interval: 30s\nscrape_configs:\n  - job_name: self\n    static_configs:\n      - targets: ["localhost:9090"]\n';
const SLACK =
  'route:\n  receiver: slack\nreceivers:\n  - name: slack\n    slack_configs:\n      - api_url_file: /etc/alertmanager/slack\n        channel: "#alerts"\n';
const PROMETHEUS_RULE =
  'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: mcp\nspec:\n  groups:\n    - name: mcp\n      rules:\n        - alert: Down\n          expr: up == 0\n';

describeCheck(check, {
  defaultFile: 'monitoring/alerts.yml',
  valid: [
    {
      name: 'Prometheus sends to Alertmanager, which routes to Slack',
      code: RULES,
      files: { 'monitoring/prometheus.yml': SENDING, 'monitoring/alertmanager.yml': SLACK },
    },
    {
      name: 'a child route reaches a real receiver',
      code: RULES,
      files: {
        'monitoring/prometheus.yml': SENDING,
        'monitoring/alertmanager.yml':
          'route:\n  receiver: blackhole\n  routes:\n    - matchers: [severity="critical"]\n      receiver: pager\nreceivers:\n  - name: blackhole\n  - name: pager\n    pagerduty_configs:\n      - routing_key_file: /etc/am/key\n',
      },
    },
    {
      name: 'Prometheus Operator: PrometheusRule and an AlertmanagerConfig',
      files: {
        'k8s/rules.yaml': PROMETHEUS_RULE,
        'k8s/alertmanager.yaml':
          'apiVersion: monitoring.coreos.com/v1alpha1\nkind: AlertmanagerConfig\nmetadata:\n  name: mcp\nspec:\n  route:\n    receiver: hook\n  receivers:\n    - name: hook\n      webhookConfigs:\n        - url: http://relay:8080/\n',
      },
    },
    {
      name: 'kube-prometheus-stack Helm values',
      files: {
        'k8s/rules.yaml': PROMETHEUS_RULE,
        'helm/values.yaml':
          'alertmanager:\n  config:\n    route:\n      receiver: email\n    receivers:\n      - name: email\n        email_configs:\n          - to: oncall@example.com\n',
      },
    },
  ],
  invalid: [
    {
      name: 'Prometheus has no alerting section',
      code: RULES,
      files: { 'monitoring/prometheus.yml': NOT_SENDING, 'monitoring/alertmanager.yml': SLACK },
      errors: [{ file: 'monitoring/prometheus.yml', line: 1, messageId: 'notSent' }],
    },
    {
      name: 'no Alertmanager configuration',
      code: RULES,
      files: { 'monitoring/prometheus.yml': SENDING },
      errors: [{ file: 'monitoring/prometheus.yml', line: 3, messageId: 'noAlertmanagerConfig' }],
    },
    {
      name: 'only a null receiver',
      code: RULES,
      files: { 'monitoring/prometheus.yml': SENDING, 'monitoring/alertmanager.yml': 'route:\n  receiver: "null"\nreceivers:\n  - name: "null"\n' },
      errors: [{ file: 'monitoring/alertmanager.yml', line: 3, messageId: 'nullReceivers', message: 'without notification configs (null)' }],
    },
    {
      name: 'a real receiver that no route uses',
      code: RULES,
      files: {
        'monitoring/prometheus.yml': SENDING,
        'monitoring/alertmanager.yml':
          'route:\n  receiver: devnull\nreceivers:\n  - name: devnull\n  - name: slack\n    slack_configs:\n      - channel: "#x"\n',
      },
      errors: [{ file: 'monitoring/alertmanager.yml', line: 3, messageId: 'nullReceivers' }],
    },
    {
      name: 'rules but neither Prometheus config nor Alertmanager',
      code: RULES,
      errors: [
        { line: 1, messageId: 'notSent' },
        { line: 1, messageId: 'noAlertmanagerConfig' },
      ],
    },
  ],
  notApplicable: [
    { name: 'recording rules only', code: 'groups:\n  - name: rec\n    rules:\n      - record: job:up:sum\n        expr: sum(up)\n' },
    { name: 'no rules', files: { 'monitoring/prometheus.yml': NOT_SENDING } },
  ],
});
