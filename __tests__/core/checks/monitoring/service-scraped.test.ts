import check from '../../../../src/core/checks/monitoring/service-scraped';
import { describeCheck } from '../../../helpers/check-cases';

const TWO_MCP =
  'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n    ports: ["8504:8504"]\n  mcp-github:\n    image: ghcr.io/acme/mcp-github:0.9\n    expose: ["8506"]\n';
const STATIC_BOTH = 'scrape_configs:\n  - job_name: mcp\n    static_configs:\n      - targets: ["mcp-fetch:8504", "mcp-github:8506"]\n';
const LABELLED =
  'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n    labels:\n      prometheus.io/scrape: "true"\n  mcp-github:\n    image: ghcr.io/acme/mcp-github:0.9\n    labels:\n      prometheus.io/scrape: "false"\n';
const DOCKER_SD =
  'scrape_configs:\n  - job_name: docker\n    docker_sd_configs:\n      - host: unix:///var/run/docker.sock\n    relabel_configs:\n      - source_labels: [__meta_docker_container_label_prometheus_io_scrape]\n        regex: "true"\n        action: keep\n';
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: mcp-fetch
  namespace: mcp
spec:
  selector:
    matchLabels: { app: mcp-fetch }
  template:
    metadata:
      labels: { app: mcp-fetch }
    spec:
      containers:
        - name: fetch
          image: ghcr.io/acme/mcp-fetch:1.0
          ports: [{ containerPort: 8504, name: http }]
---
apiVersion: v1
kind: Service
metadata:
  name: mcp-fetch
  namespace: mcp
  labels: { part-of: mcp }
spec:
  selector: { app: mcp-fetch }
  ports: [{ name: http, port: 8504, targetPort: http }]
`;
const monitor = (selector: string) =>
  `apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: mcp\n  namespace: mcp\nspec:\n  selector:\n    matchLabels: { ${selector} }\n  endpoints: [{ port: http }]\n`;

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'static targets name every MCP service', code: TWO_MCP, files: { 'prometheus/prometheus.yml': STATIC_BOTH } },
    {
      name: 'Docker SD keeps containers by a label the service carries',
      code: 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n    labels:\n      prometheus.io/scrape: "true"\n',
      files: { 'prometheus/prometheus.yml': DOCKER_SD },
    },
    {
      name: 'Docker SD filtered by a label (list syntax of labels)',
      code: 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n    labels: ["com.mcp.type=fetch"]\n',
      files: {
        'prometheus.yml':
          'scrape_configs:\n  - job_name: mcp\n    docker_sd_configs:\n      - host: unix:///var/run/docker.sock\n        filters: [{ name: label, values: ["com.mcp.type"] }]\n',
      },
    },
    {
      name: 'Kubernetes: a ServiceMonitor selects the Service of the Deployment',
      files: { 'k8s/mcp-fetch.yaml': DEPLOYMENT, 'k8s/monitor.yaml': monitor('part-of: mcp') },
    },
    {
      name: 'no MCP services: published services scraped by container_name',
      code: 'services:\n  web:\n    image: nginx:1.27\n    container_name: frontend\n    ports: ["80:80"]\n',
      files: { 'prometheus.yml': 'scrape_configs:\n  - job_name: web\n    static_configs:\n      - targets: ["frontend:9113"]\n' },
    },
  ],
  invalid: [
    {
      name: 'one of two MCP services has no static target',
      code: TWO_MCP,
      files: { 'prometheus/prometheus.yml': 'scrape_configs:\n  - job_name: mcp\n    static_configs:\n      - targets: ["mcp-fetch:8504"]\n' },
      errors: [{ line: 5, messageId: 'notScraped', message: 'no static target "mcp-github:8506"' }],
    },
    {
      name: 'the Docker SD keep rule drops a service whose label says false',
      code: LABELLED,
      files: { 'prometheus/prometheus.yml': DOCKER_SD },
      errors: [{ line: 6, messageId: 'notScraped', message: 'MCP service "mcp-github" (stack root)' }],
    },
    {
      name: 'the production override turns the scrape label off',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n    labels:\n      prometheus.io/scrape: "true"\n',
        'stacks/prod/docker-compose.yml': 'services:\n  mcp-fetch:\n    labels:\n      prometheus.io/scrape: "false"\n',
        'prometheus.yml': DOCKER_SD,
      },
      errors: [{ file: 'stacks/common/docker-compose.yml', line: 2, message: 'MCP service "mcp-fetch" (stack common)' }],
    },
    {
      name: 'no Prometheus configuration at all',
      code: TWO_MCP,
      errors: [
        { line: 2, message: 'the repository has no Prometheus scrape configuration' },
        { line: 5, message: '"mcp-github"' },
      ],
    },
    {
      name: 'Kubernetes: the ServiceMonitor selects other Services',
      files: { 'k8s/mcp-fetch.yaml': DEPLOYMENT, 'k8s/monitor.yaml': monitor('part-of: web') },
      errors: [{ file: 'k8s/mcp-fetch.yaml', line: 4, message: 'Deployment of MCP service "mcp-fetch" (namespace mcp)' }],
    },
    {
      name: 'Kubernetes: no Service selects the pods, so the static target does not reach them',
      files: {
        'k8s/mcp-fetch.yaml': DEPLOYMENT.replace('selector: { app: mcp-fetch }', 'selector: { app: mcp-fetc }'),
        'prometheus.yml': 'scrape_configs:\n  - job_name: mcp\n    static_configs:\n      - targets: ["mcp-fetch:8504"]\n',
      },
      errors: [{ file: 'k8s/mcp-fetch.yaml', line: 4, message: 'no Service selects its pods' }],
    },
    {
      name: 'no MCP services: a published service nothing scrapes',
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  worker:\n    image: busybox:1.36\n',
      files: { 'prometheus.yml': 'scrape_configs:\n  - job_name: self\n    static_configs:\n      - targets: ["localhost:9090"]\n' },
      errors: [{ line: 2, message: 'service "web" (stack root) is not scraped' }],
    },
  ],
  notApplicable: [
    { name: 'services without published ports and no MCP server', code: 'services:\n  worker:\n    image: busybox:1.36\n' },
    { name: 'no services at all', files: { 'README.md': '# docs\n' } },
    {
      name: 'no MCP server and no Prometheus of its own: a published service is not asked for',
      code: 'services:\n  pihole:\n    image: pihole/pihole:2024.07.0\n    ports: ["8080:80"]\n',
    },
  ],
});
