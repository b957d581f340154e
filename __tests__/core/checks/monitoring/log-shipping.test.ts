import check from '../../../../src/core/checks/monitoring/log-shipping';
import { describeCheck } from '../../../helpers/check-cases';

const LABELLED =
  'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n    labels:\n      com.mcp.type: fetch\n  db:\n    image: postgres:16\n    labels: ["com.mcp.type=backing-db"]\n';
const PARTLY = 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n    labels:\n      com.mcp.type: fetch\n  db:\n    image: postgres:16\n';
const promtail = (job: string) =>
  `server:\n  http_listen_port: 9080\npositions:\n  filename: /tmp/positions.yaml\nclients:\n  - url: http://loki:3100/loki/api/v1/push\nscrape_configs:\n${job}`;
const FILTERED =
  '  - job_name: mcp\n    docker_sd_configs:\n      - host: unix:///var/run/docker.sock\n        filters:\n          - name: label\n            values: ["com.mcp.type"]\n';
const KEEP =
  '  - job_name: mcp\n    docker_sd_configs:\n      - host: unix:///var/run/docker.sock\n    relabel_configs:\n      - source_labels: [__meta_docker_container_label_logging]\n        regex: promtail\n        action: keep\n';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'Promtail discovers containers by a label every service carries', code: LABELLED, files: { 'monitoring/promtail.yml': promtail(FILTERED) } },
    {
      name: 'Promtail reads every container log file',
      code: PARTLY,
      files: {
        'promtail/config.yml': promtail('  - job_name: files\n    static_configs:\n      - labels:\n          __path__: /var/lib/docker/containers/*/*.log\n'),
      },
    },
    {
      name: 'a Grafana Alloy config',
      code: PARTLY,
      files: { 'alloy/config.alloy': 'loki.source.docker "all" {\n  forward_to = [loki.write.default.receiver]\n}\n' },
    },
    { name: 'a Vector config', code: PARTLY, files: { 'vector.toml': '[sources.docker]\ntype = "docker_logs"\n[sinks.loki]\ntype = "loki"\n' } },
    { name: 'a Fluent Bit config', code: PARTLY, files: { 'logging/td.conf': '[INPUT]\n    Name forward\n[OUTPUT]\n    Name loki\n' } },
    {
      name: 'every service uses the loki logging driver',
      code: 'services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: loki\n      options: { loki-url: "http://loki:3100/loki/api/v1/push" }\n',
    },
    {
      name: 'a log shipper DaemonSet in Kubernetes',
      files: {
        'k8s/promtail.yaml':
          'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: promtail\nspec:\n  template:\n    spec:\n      containers:\n        - name: promtail\n          image: grafana/promtail:3.1.1\n',
        'k8s/app.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/acme/app:1.0\n',
      },
    },
  ],
  invalid: [
    { name: 'no shipper at all', code: PARTLY, errors: [{ file: '.', line: 1, messageId: 'noShipper' }] },
    {
      name: 'no shipper: reported at the README',
      code: PARTLY,
      files: { 'README.md': '# stack\n' },
      errors: [{ file: 'README.md', line: 1, messageId: 'noShipper' }],
    },
    {
      name: 'Promtail filters on a label one service lacks',
      code: PARTLY,
      files: { 'monitoring/promtail.yml': promtail(FILTERED) },
      errors: [
        {
          line: 6,
          messageId: 'unlabelled',
          message:
            'service "db" (stack root) is not selected by the log shipper: monitoring/promtail.yml job "mcp" only reads containers with label com.mcp.type',
        },
      ],
    },
    {
      name: 'a keep rule on a label value',
      code: 'services:\n  api:\n    image: ghcr.io/acme/api:1\n    labels: { logging: promtail }\n  worker:\n    image: ghcr.io/acme/worker:1\n    labels: { logging: none }\n',
      files: { 'monitoring/promtail.yml': promtail(KEEP) },
      errors: [{ line: 5, message: 'logging matching "promtail"' }],
    },
  ],
  notApplicable: [
    { name: 'nothing deployed', files: { 'monitoring/promtail.yml': promtail(FILTERED) } },
    { name: 'no MCP server and no shipper: none is asked for', code: 'services:\n  web:\n    image: nginx:1.27\n  db:\n    image: postgres:16\n' },
  ],
});
