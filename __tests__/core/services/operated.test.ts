import { isOperatedRepository, operatedBecause } from '../../../src/core/services/operated';
import { serviceSources } from '../../helpers/service-sources';

const COMPOSE = 'services:\n  web:\n    image: nginx:1.27\n';
const DEPLOYMENT = (namespace?: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n${namespace ? `  namespace: ${namespace}\n` : ''}spec:\n  selector:\n    matchLabels: { app: web }\n  template:\n    metadata:\n      labels: { app: web }\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n`;

describe('operated repositories', () => {
  test.each([
    ['an examples collection of Compose stacks', { 'react-express/compose.yaml': COMPOSE, 'nginx-golang/compose.yaml': COMPOSE }],
    ['Kubernetes manifests of an example app', { 'guestbook/deployment.yaml': DEPLOYMENT(), 'guestbook/README.md': '# Guestbook\n' }],
    ['a library with a test Compose file', { 'src/index.ts': 'export {};\n', 'test/docker-compose.yml': COMPOSE }],
    ['a Helm chart', { 'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n', 'charts/web/values.yaml': 'replicas: 1\n' }],
  ])('not operated: %s', (_, files) => {
    expect(operatedBecause(serviceSources(files))).toBeUndefined();
  });

  test('stackgate.yml naming environments', () => {
    expect(operatedBecause(serviceSources({ 'docker-compose.yml': COMPOSE }, { environments: { dev: {}, prod: {} } }))).toBe(
      'stackgate.yml names environments (dev, prod)',
    );
  });

  test('stackgate.yml listing MCP services', () => {
    expect(operatedBecause(serviceSources({ 'docker-compose.yml': COMPOSE }, { mcp: { services: ['web'] } }))).toBe('stackgate.yml lists MCP services');
  });

  test('stackgate.yml smoke-testing environments', () => {
    const config = { smoke: { environments: { staging: { web: { url: 'http://web:8080/mcp' } } } } };
    expect(operatedBecause(serviceSources({ 'docker-compose.yml': COMPOSE }, config))).toBe('stackgate.yml smoke-tests environments (staging)');
  });

  test('the stacks/common + stacks/<env> layout', () => {
    const files = { 'stacks/common/docker-compose.yml': COMPOSE, 'stacks/prod/docker-compose.yml': 'services:\n  web:\n    restart: always\n' };
    expect(operatedBecause(serviceSources(files))).toBe('the Compose layout names environments (prod)');
  });

  test('manifests of a Kustomize overlay named for an environment', () => {
    expect(operatedBecause(serviceSources({ 'k8s/overlays/staging/deployment.yaml': DEPLOYMENT() }))).toBe(
      'k8s/overlays/staging/deployment.yaml is deployed to staging',
    );
  });

  test('a namespace named for an environment', () => {
    expect(isOperatedRepository(serviceSources({ 'deploy/web.yaml': DEPLOYMENT('web-prod') }))).toBe(true);
  });

  test.each([
    [
      'a Flux Kustomization',
      'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  interval: 10m\n  path: ./apps\n  prune: true\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n',
      'Kustomization',
    ],
    [
      'a Flux HelmRelease',
      'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: podinfo\nspec:\n  interval: 5m\n  chart:\n    spec:\n      chart: podinfo\n      sourceRef:\n        kind: HelmRepository\n        name: podinfo\n',
      'HelmRelease',
    ],
    [
      'an Argo CD Application',
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: guestbook\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: https://github.com/acme/apps.git\n    path: guestbook\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: guestbook\n',
      'Application',
    ],
  ])('GitOps: %s', (_, manifest, kind) => {
    expect(operatedBecause(serviceSources({ 'clusters/apps.yaml': manifest }))).toBe(`clusters/apps.yaml is a ${kind} a GitOps controller applies`);
  });

  test('a Kustomization of kustomize itself (kustomize.config.k8s.io) is not a GitOps object', () => {
    const files = {
      'app/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n',
      'app/deployment.yaml': DEPLOYMENT(),
    };
    expect(operatedBecause(serviceSources(files))).toBeUndefined();
  });
});
