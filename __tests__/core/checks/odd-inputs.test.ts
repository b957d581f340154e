/**
 * Every registered check over inputs nobody writes on purpose but real repositories contain: objects
 * where strings are expected, numbers as names, missing names, empty maps, YAML anchors and merge
 * keys. No check may throw, and no message may show `[object Object]`, `undefined`, `null`, `NaN`
 * or `(unnamed)` for an object whose name is written in the file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHECKS } from '../../../src/core/checks';
import { builtInModels } from '../../../src/core/kubernetes/built-in-models';
import { checkedConfigSchema } from '../../../src/core/validate/config';
import { validate } from '../../../src/core/validate/run';
import type { Finding } from '../../../src/core/findings';

const FILES: Record<string, string> = {
  'k8s/prod/workloads.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: 12345',
    '  namespace: { team: mcp }',
    '  labels: { app: { nested: true }, tier: 3 }',
    'spec:',
    '  replicas: "one"',
    '  selector:',
    '    matchLabels: { app: { nested: true }, tier: 3 }',
    '    matchExpressions: [{ key: { k: 1 }, operator: In, values: [{ v: 1 }] }, {}]',
    '  template:',
    '    metadata:',
    '      labels: { app: [a, b], tier: 4 }',
    '    spec:',
    '      serviceAccount: { name: x }',
    '      serviceAccountName: 7',
    '      hostNetwork: "yes"',
    '      securityContext: []',
    '      volumes: [{ name: { x: 1 }, hostPath: { path: { p: 1 } } }, {}]',
    '      initContainers: [{}]',
    '      containers:',
    '        - name: { first: app }',
    '          image: { repository: nginx, tag: 1 }',
    '          imagePullPolicy: 3',
    '          ports: [{ containerPort: { p: 80 }, name: { n: http }, hostPort: { h: 1 } }, 8080, {}]',
    '          env: [{ name: { k: v }, value: { v: 1 } }, { name: 42, value: 42 }, { name: 42, value: 43 }, {}, TOKEN]',
    '          envFrom: [{}]',
    '          resources: { limits: { cpu: { c: 1 }, memory: [1] }, requests: 5 }',
    '          securityContext: { capabilities: { add: [{ c: 1 }, 5], drop: { d: 1 } }, privileged: "true", runAsUser: { u: 0 } }',
    '          livenessProbe: { httpGet: { port: { p: 1 }, path: { p: 1 } } }',
    '          readinessProbe: { tcpSocket: { port: 99999 } }',
    '          startupProbe: { grpc: {} }',
    '        - {}',
    '        - name: 77',
    '          image: 3',
    '          ports: [{ containerPort: 22 }]',
    '          readinessProbe: { httpGet: { port: metrics } }',
    '---',
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata: { name: db }',
    'spec:',
    '  selector: { matchLabels: {} }',
    '  template: { metadata: {}, spec: { containers: [{ name: db, image: "" }] } }',
    '---',
    'apiVersion: v1',
    'kind: Service',
    'metadata: { name: 808 }',
    'spec:',
    '  selector: { app: { nested: true }, tier: 3 }',
    '  ports: [{ name: { n: 1 }, port: { p: 1 }, targetPort: { t: 1 } }, { port: 22 }, 5, {}]',
    '---',
    'apiVersion: v1',
    'kind: Service',
    'metadata: { name: empty }',
    'spec: {}',
    '---',
    'apiVersion: networking.k8s.io/v1',
    'kind: NetworkPolicy',
    'metadata: { name: 99 }',
    'spec:',
    '  podSelector: { matchLabels: { app: { nested: true } } }',
    '  ingress: [{}, { from: [{}], ports: [{ port: { p: 1 } }] }]',
    '---',
    'apiVersion: policy/v1',
    'kind: PodDisruptionBudget',
    'metadata: { name: 5 }',
    'spec: { selector: { matchLabels: { app: [x] } }, minAvailable: { m: 1 } }',
    '---',
    'apiVersion: autoscaling/v2',
    'kind: HorizontalPodAutoscaler',
    'metadata: { name: 6 }',
    'spec: { scaleTargetRef: { kind: Deployment, name: 12345 }, minReplicas: { m: 1 }, maxReplicas: 2 }',
    '---',
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: ClusterRole',
    'metadata: { name: 8 }',
    'rules: [{ verbs: [{ v: 1 }, "*"], resources: 5, apiGroups: [{}] }, {}]',
    '---',
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: ClusterRoleBinding',
    'metadata: { name: 9 }',
    'roleRef: { kind: ClusterRole, name: { n: cluster-admin } }',
    'subjects: [{ kind: { k: 1 }, name: 3 }, {}]',
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: { name: 10 }',
    'data: { a: { b: c }, 11: 12, PASSWORD: { p: 1 } }',
    '---',
    'apiVersion: batch/v1',
    'kind: CronJob',
    'metadata: { name: 13 }',
    'spec: { schedule: 5, jobTemplate: { spec: { template: { spec: { containers: [{ name: 14, image: 15 }] } } } } }',
    '---',
    'apiVersion: monitoring.coreos.com/v1',
    'kind: PrometheusRule',
    'metadata: { name: 16 }',
    'spec: { groups: [{ name: 17, rules: [{ alert: 18, expr: 19, labels: { severity: { s: 1 } } }] }] }',
    '---',
    'apiVersion: example.com/v1',
    'kind: Widget',
    'metadata: { name: 20 }',
    'spec: { selector: { matchLabels: { app: { nested: true } } } }',
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  generateName: mcp-',
    'spec: {}',
    '',
  ].join('\n'),
  'k8s/prod/anchors.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: anchored, labels: &labels { app: anchored } }',
    'spec:',
    '  selector: { matchLabels: *labels }',
    '  template:',
    '    metadata: { labels: *labels }',
    '    spec:',
    '      containers:',
    '        - &base { name: app, image: "app:1", env: [{ name: A, value: "1" }] }',
    '        - { <<: *base, name: sidecar }',
    '',
  ].join('\n'),
  'docker-compose.yml': [
    'x-common: &common',
    '  restart: { policy: always }',
    '  labels: { mcp: { nested: true }, 5: 6 }',
    'services:',
    '  app:',
    '    <<: *common',
    '    image: { name: nginx }',
    '    container_name: 42',
    '    user: 0',
    '    ports: [{ target: { t: 1 } }, { published: 22 }, 8080, "22", { target: 22 }]',
    '    expose: [{ e: 1 }, 22]',
    '    environment: { PASSWORD: { p: 1 }, TOKEN: 12345678901234567890, EMPTY: }',
    '    env_file: [{ path: { p: 1 } }, 5, {}]',
    '    volumes: [{}, { type: volume, source: { s: 1 } }, 5, "named:/data"]',
    '    networks: { net: null, 5: {} }',
    '    secrets: [{}, { source: { s: 1 } }, 5]',
    '    configs: [{ source: 6 }]',
    '    depends_on: { 5: { condition: { c: 1 } }, db: null }',
    '    healthcheck: { test: { t: 1 }, interval: 5, retries: { r: 1 } }',
    '    deploy: { resources: { limits: { memory: { m: 1 }, cpus: [1] } }, replicas: { r: 1 } }',
    '    logging: { driver: { d: 1 }, options: 5 }',
    '    cap_add: [{ c: 1 }, 5]',
    '    cap_drop: { d: 1 }',
    '    security_opt: [{ s: 1 }]',
    '    privileged: "maybe"',
    '    read_only: { r: 1 }',
    '    build: { context: { c: 1 }, args: { PASSWORD: { p: 1 } } }',
    '    extends: { service: { s: 1 } }',
    '  7:',
    '    image: "8"',
    '  empty: {}',
    '  nulled:',
    '',
  ].join('\n'),
  Dockerfile: ['ARG', 'FROM', 'FROM ${UNSET} AS', 'USER', 'EXPOSE nope', 'ENV', 'HEALTHCHECK', 'COPY --chmod= . .', 'RUN chmod', 'WORKDIR', 'CMD', ''].join(
    '\n',
  ),
  'monitoring/alerts.rules.yml': [
    'groups:',
    '  - name: { n: 1 }',
    '    rules:',
    '      - alert: { a: 1 }',
    '        expr: 5',
    '        for: { f: 1 }',
    '        labels: { severity: { s: 1 } }',
    '        annotations: []',
    '      - record: 5',
    '        expr: { e: 1 }',
    '      - {}',
    '      - alert: McpDown',
    '        expr: up{job="mcp"} == 0',
    '        annotations: { runbook_url: "docs/runbooks/mcp-down.md#missing-anchor", summary: { s: 1 } }',
    '      - alert: McpSlow',
    '        expr: histogram_quantile(0.95, rate(mcp_request_duration_seconds_bucket[5m])) > 1',
    '        annotations: { runbook_url: { u: 1 } }',
    '  - name: 6',
    '    rules: { r: 1 }',
    '  - {}',
    '',
  ].join('\n'),
  'monitoring/prometheus.yml': [
    'global: { scrape_interval: { s: 1 } }',
    'rule_files: [{ r: 1 }, 5]',
    'scrape_configs:',
    '  - job_name: { j: 1 }',
    '    static_configs: [{ targets: [{ t: 1 }, 5] }, {}]',
    '    relabel_configs: [{ action: { a: 1 } }]',
    '  - {}',
    '',
  ].join('\n'),
  'monitoring/dashboards/mcp.json': JSON.stringify({ title: { t: 1 }, panels: [{ title: { t: 1 }, datasource: { uid: { u: 1 } }, targets: [{}, 5] }, 5, {}] }),
  'stacks/common/docker-compose.yml': [
    'services:',
    '  mcp-github:',
    '    image: { repository: ghcr.io/github/github-mcp-server }',
    '    ports: [{ target: 8080, published: { p: 1 } }, "8080:8080"]',
    '    labels: { mcp.transport: { t: 1 }, mcp.port: [1] }',
    '    environment: [PASSWORD, "TOKEN=", { E: 1 }]',
    '  9: {}',
    '',
  ].join('\n'),
  'stacks/prod/docker-compose.yml': [
    'services:',
    '  mcp-github:',
    '    image: 5',
    '    ports: ["8080:8080", { target: 8080, published: 8080 }]',
    '    deploy: { replicas: { r: 1 } }',
    '  mcp-memory:',
    '    image: "ghcr.io/acme/mcp-memory:${MEMORY_TAG:-1.0}"',
    '    environment: { DB_URL: "${DATABASE_URL}", EMPTY: "${}" }',
    '    labels: [mcp.transport, 5]',
    '',
  ].join('\n'),
  'stacks/dev/docker-compose.yml': 'services:\n  mcp-github: { image: "ghcr.io/github/github-mcp-server:0.4", environment: { A: { b: 1 } } }\n  5:\n',
  'stacks/prod/.env': 'PASSWORD\n=novalue\nTOKEN={"a":1}\n',
  '.env.example': '# odd\n=x\nA\nB=\n',
  'litellm/config.yaml': ['mcp_servers:', '  github: { url: { u: 1 }, transport: 5 }', '  7: []', '  memory:', '', 'model_list: {}', ''].join('\n'),
  'monitoring/alertmanager.yml': [
    'route: { receiver: { r: 1 }, routes: [{}, 5] }',
    'receivers: [{ name: 5 }, {}, { name: ops, slack_configs: [{}] }]',
    '',
  ].join('\n'),
  'docs/runbooks/mcp-down.md': '# MCP down\n\n[broken]() [also](#) [x](../nowhere.md)\n',
  '.github/workflows/deploy.yml': [
    'on: { push: { branches: [main] }, workflow_dispatch: 5 }',
    'concurrency: { group: { g: 1 } }',
    'jobs:',
    '  deploy:',
    '    environment: { name: { n: prod }, url: 5 }',
    '    runs-on: ubuntu-24.04',
    '    steps:',
    '      - run: docker compose -f stacks/prod/docker-compose.yml up -d',
    '      - uses: appleboy/ssh-action@v1',
    '        with: { script: { s: 1 } }',
    '  release:',
    '    environment: production',
    '    runs-on: ubuntu-24.04',
    '    steps: [{ run: { r: 1 } }]',
    '',
  ].join('\n'),
  '.github/workflows/ci.yml': [
    'on: { push: { branches: { b: 1 } } }',
    'permissions: 5',
    'jobs:',
    '  build:',
    '    runs-on: { r: 1 }',
    '    steps: [{ uses: { u: 1 } }, { run: 5 }, 5, {}]',
    '  7: {}',
    '',
  ].join('\n'),
};

/** Text a message may contain only by accident: a value rendered without looking at its type. */
const BAD = [/\[object Object\]/, /\bundefined\b/, /\bnull\b/, /\bNaN\b/, /\(unnamed\)/];

/** Where a message names the object, a written name must show (these documents all have one, except the generateName Deployment). */
function render(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.file}:${f.line} ${f.message} (${f.checkId})`);
}

let findings: Finding[];
let evaluated: Set<string>;

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-odd-'));
  try {
    for (const [name, text] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const config = checkedConfigSchema.parse({});
    ({ findings, evaluated } = validate({ root: dir, config, scope: 'repository', kubernetesModels: builtInModels() }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('every check runs on the odd inputs, and they are found', () => {
  const ids = new Set(findings.map((f) => f.checkId));
  // The inputs reach the checks that read these fields (not only parse errors).
  for (const id of [
    'kubernetes/selector-template-mismatch',
    'kubernetes/service-selects-operator-pods',
    'kubernetes/host-port',
    'compose/ssh-port',
    'kubernetes/ssh-port',
  ]) {
    expect(ids).toContain(id);
  }
  // Every check that looks at files, stacks or the repository had something to look at.
  const idle = CHECKS.filter((c) => !('engine' in c && c.engine) && !evaluated.has(c.id)).map((c) => c.id);
  expect(idle).toEqual([]);
  const messages = findings.map((f) => f.message);
  // Names written as numbers, label values written as maps, containers without a usable name.
  expect(messages).toContainEqual(expect.stringContaining('Deployment/12345: container "77" exposes SSH port 22'));
  expect(messages).toContainEqual(expect.stringContaining('Service "808" selector {app={"nested":true}, tier=3} matches no pod template'));
  expect(messages).toContainEqual(expect.stringContaining('Deployment/12345: container "#0" binds host port {"h":1}'));
  expect(messages).toContainEqual(expect.stringContaining('Deployment/mcp-*'));
});

test.each(BAD.map((re) => [re.source, re]))('no message shows %s', (_source, re) => {
  expect(render(findings.filter((f) => re.test(f.message)))).toEqual([]);
});
