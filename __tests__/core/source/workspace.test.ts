import { loadWorkspace, readText } from '../../../src/core/source/workspace';
import { tempRepo, type TempRepo } from '../../helpers/temp-repo';
import { utf16le } from '../../helpers/utf16';

describe('loadWorkspace recognises files by name and by content', () => {
  let repo: TempRepo;
  afterEach(() => repo.cleanup());

  test('any layout', () => {
    repo = tempRepo({
      'deploy/app.yml': 'services:\n  web:\n    image: nginx:1.27\n',
      'docker-compose.prod.yml': 'services:\n  web:\n    restart: always\n',
      'weird/place/all.yaml':
        'apiVersion: v1\nkind: Service\nmetadata: { name: a }\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: { name: b, namespace: mcp }\n',
      'build/Dockerfile.api': 'FROM node:20\n',
      // BuildKit's ignore file of build/Dockerfile.api: not a Dockerfile.
      'build/Dockerfile.api.dockerignore': 'node_modules\n',
      'images/worker.Dockerfile': 'FROM node:20\n',
      'monitoring/alerts.yml': 'groups:\n  - name: g\n    rules: []\n',
      'monitoring/prometheus.yml': 'global: {}\nscrape_configs: []\n',
      'dash/overview.json': '{"title": "x", "panels": []}',
      'package.json': '{"name": "x"}',
      'config/other.yml': 'foo: bar\n',
      'monitoring/promtail.yml':
        'server: { http_listen_port: 9080 }\npositions: { filename: /tmp/p.yaml }\nclients: [{ url: "http://loki:3100/loki/api/v1/push" }]\nscrape_configs: []\n',
    });
    const ws = loadWorkspace({ root: repo.root });
    expect(ws.composeFiles.sort()).toEqual(['deploy/app.yml', 'docker-compose.prod.yml']);
    expect(ws.kubernetes.map((o) => `${o.kind}/${o.name}@${o.file}#${o.docIndex}`)).toEqual([
      'Service/a@weird/place/all.yaml#0',
      'Deployment/b@weird/place/all.yaml#1',
    ]);
    expect(ws.kubernetes[1].namespace).toBe('mcp');
    expect(ws.dockerfiles.sort()).toEqual(['build/Dockerfile.api', 'images/worker.Dockerfile']);
    expect(ws.prometheusRules.map((d) => d.file)).toEqual(['monitoring/alerts.yml']);
    expect(ws.prometheusConfigs.map((d) => d.file)).toEqual(['monitoring/prometheus.yml']);
    expect(ws.dashboards.map((d) => d.file)).toEqual(['dash/overview.json']);
    expect(ws.problems).toEqual([]);
  });

  test('a PrometheusRule resource is both a manifest and a rule document rooted at spec', () => {
    repo = tempRepo({ 'k8s/rules.yaml': 'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata: { name: r }\nspec:\n  groups: []\n' });
    const ws = loadWorkspace({ root: repo.root });
    expect(ws.kubernetes).toHaveLength(1);
    expect(ws.prometheusRules).toEqual([expect.objectContaining({ file: 'k8s/rules.yaml', basePath: ['spec'] })]);
  });

  test('the objects of a kind: List are manifests of their own, with their own lines', () => {
    repo = tempRepo({
      'dump.yaml':
        'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n    metadata: { name: a }\n  - apiVersion: apps/v1\n    kind: Deployment\n    metadata: { name: b }\n',
    });
    const ws = loadWorkspace({ root: repo.root });
    expect(ws.kubernetes.map((o) => [o.kind, o.name, o.loc.line])).toEqual([
      ['Service', 'a', 4],
      ['Deployment', 'b', 7],
    ]);
  });

  test('a rule file is recognised by name even when its groups are malformed', () => {
    repo = tempRepo({ 'prometheus/alerts.yml': 'groups:\n  name: not-a-list\n', 'other.yml': 'groups:\n  name: not-a-list\n' });
    expect(loadWorkspace({ root: repo.root }).prometheusRules.map((d) => d.file)).toEqual(['prometheus/alerts.yml']);
  });

  test("a chart's other files with Go template actions are templates; its values and plain files are YAML; ignore files are neither", () => {
    repo = tempRepo({
      'charts/otel/Chart.yaml': 'apiVersion: v2\nname: otel\nversion: 1.0.0\n',
      'charts/otel/values.yaml': 'fullnameOverride: "{{ .Release.Name }}-otel"\n',
      'charts/otel/conf/crds/collector.yaml':
        '{{- if .Values.crds.install }}\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: x\n{{- end }}\n',
      'charts/otel/examples/config.yaml': 'receivers:\n  otlp: {}\nexporters:\n  debug: {}\nimage: {{ .Values.image }}\n',
      'charts/otel/examples/plain.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain\n',
      'Containerfile.dockerignore': '**/node_modules\n!dist/\n',
      'deploy/crd.yaml': '{{- if .Values.enabled }}\nkind: x\n',
    });
    const ws = loadWorkspace({ root: repo.root });
    expect(ws.kubernetes.map((o) => `${o.kind}/${o.name}`)).toEqual(['ConfigMap/plain']);
    expect(ws.parsed.has('charts/otel/values.yaml')).toBe(true);
    // Outside a chart, template text is still parsed, and its YAML error reported.
    expect(ws.problems.map((p) => p.file)).toEqual(['deploy/crd.yaml']);
    expect(ws.dockerfiles).toEqual([]);
  });

  test('a workflow named for Compose, and an Azure Developer CLI azure.yaml with services, are not Compose files', () => {
    repo = tempRepo({
      '.github/workflows/compose-smoke.yml': 'on: pull_request\njobs:\n  smoke:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker compose up -d\n',
      'azure.yaml':
        'name: store\nservices:\n  api:\n    project: ./src/api\n    language: js\n    host: containerapp\n  web:\n    project: ./src/web\n    host: aks\n    docker:\n      path: ./Dockerfile\n',
      'deploy/stack.yml': 'services:\n  api:\n    image: example/api:1\n  worker: {}\n',
      '.github/configs/docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n',
    });
    const ws = loadWorkspace({ root: repo.root });
    expect(ws.composeFiles.sort()).toEqual(['.github/configs/docker-compose.yml', 'deploy/stack.yml']);
  });

  test("Grafana's alerting provisioning files are not Prometheus rule files, though they hold groups of rules", () => {
    const grafanaRules = '  - name: g\n    interval: 1m\n    rules:\n      - uid: r1\n        title: High error rate\n        condition: B\n        data: []\n';
    repo = tempRepo({
      'provisioning/alerting/alert_rules.yaml': `apiVersion: 1\ngroups:\n  - orgId: 1\n    folder: Alerts\n${grafanaRules.replace('  - name: g\n', '    name: g\n')}`,
      'provisioning/alerting/no-version.yaml': `groups:\n  - folder: Alerts\n${grafanaRules.replace('  - name: g\n', '    name: g\n')}`,
      'prometheus/alerts.yml': 'groups:\n  - name: g\n    rules:\n      - alert: Down\n        expr: up == 0\n',
    });
    const ws = loadWorkspace({ root: repo.root });
    expect(ws.problems).toEqual([]);
    expect(ws.prometheusRules.map((d) => d.file)).toEqual(['prometheus/alerts.yml']);
  });

  test('an empty compose file is reported', () => {
    repo = tempRepo({ 'compose.yml': '# nothing yet\n' });
    expect(loadWorkspace({ root: repo.root }).problems).toEqual([expect.objectContaining({ file: 'compose.yml', code: 'empty' })]);
  });
});

test('readText decodes a UTF-16 file with a byte-order mark (a runbook saved by a Windows editor)', () => {
  const repo = tempRepo({ 'compose.yml': 'services: {}\n' });
  try {
    repo.write('docs/RUNBOOK.md', utf16le('# Runbook\r\nRollback: redeploy\r\n'));
    expect(readText(loadWorkspace({ root: repo.root }), 'docs/RUNBOOK.md')).toBe('# Runbook\r\nRollback: redeploy\r\n');
  } finally {
    repo.cleanup();
  }
});
