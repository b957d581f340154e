/**
 * Layouts whose files are not manifests as written: Helm charts and Kustomize patches. The last
 * tests run every check on a small Kustomize base + overlay and assert what users see: the base is
 * checked, the overlay's patches are not checked as objects of their own.
 */
import { findHelmCharts, findKustomizePatches, helmChartOfTemplate } from '../../../src/core/source/layout';
import { loadWorkspace } from '../../../src/core/source/workspace';
import { checkedConfigSchema } from '../../../src/core/validate/config';
import { validateRepositoryFiles } from '../../../src/core/validate/run';
import { tempRepo } from '../../helpers/temp-repo';

describe('findHelmCharts', () => {
  test("a directory with Chart.yaml is a chart; charts under another chart's charts/ are its subcharts", () => {
    const charts = findHelmCharts([
      'README.md',
      'charts/web/Chart.yaml',
      'charts/web/values.yaml',
      'charts/web/templates/deployment.yaml',
      'charts/web/templates/_helpers.tpl',
      'charts/web/charts/redis/Chart.yaml',
      'charts/web/charts/redis/templates/statefulset.yaml',
      'k8s/templates/configmap.yaml',
    ]);
    expect(charts).toEqual([
      {
        dir: 'charts/web',
        chartFile: 'charts/web/Chart.yaml',
        templates: ['charts/web/templates/_helpers.tpl', 'charts/web/templates/deployment.yaml'],
        isSubchart: false,
      },
      {
        dir: 'charts/web/charts/redis',
        chartFile: 'charts/web/charts/redis/Chart.yaml',
        templates: ['charts/web/charts/redis/templates/statefulset.yaml'],
        isSubchart: true,
      },
    ]);
    expect(helmChartOfTemplate(charts, 'charts/web/templates/deployment.yaml')?.dir).toBe('charts/web');
    expect(helmChartOfTemplate(charts, 'charts/web/values.yaml')).toBeUndefined();
    expect(helmChartOfTemplate(charts, 'k8s/templates/configmap.yaml')).toBeUndefined();
  });

  test('a chart at the repository root', () => {
    expect(findHelmCharts(['Chart.yaml', 'templates/svc.yaml', 'values.yaml'])).toEqual([
      { dir: '', chartFile: 'Chart.yaml', templates: ['templates/svc.yaml'], isSubchart: false },
    ]);
  });
});

describe('findKustomizePatches', () => {
  test('patches, patchesStrategicMerge and patchesJson6902 name files relative to the kustomization; inline patches name none', () => {
    const text = [
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'resources:',
      '  - ../../base',
      'patches:',
      '  - path: replicas.yaml',
      '  - path: patches/json.yaml',
      '    target:',
      '      kind: Deployment',
      '  - patch: |-',
      '      - op: replace',
      '        path: /spec/replicas',
      '        value: 3',
      'patchesStrategicMerge:',
      '  - resources.yaml',
      '  - |-',
      '    apiVersion: apps/v1',
      '    kind: Deployment',
      'patchesJson6902:',
      '  - target: { group: apps, version: v1, kind: Deployment, name: api }',
      '    path: ../shared/probe-patch.yaml',
      '',
    ].join('\n');
    expect([...findKustomizePatches([{ path: 'deploy/overlays/prod/kustomization.yaml', text }])].sort()).toEqual([
      'deploy/overlays/prod/patches/json.yaml',
      'deploy/overlays/prod/replicas.yaml',
      'deploy/overlays/prod/resources.yaml',
      'deploy/overlays/shared/probe-patch.yaml',
    ]);
  });

  test('a kustomization that does not parse names no patch', () => {
    expect(findKustomizePatches([{ path: 'kustomization.yaml', text: 'patches: [\n' }]).size).toBe(0);
  });
});

const DEPLOYMENT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: api',
  'spec:',
  '  replicas: 1',
  '  selector:',
  '    matchLabels:',
  '      app: api',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: api',
  '    spec:',
  '      containers:',
  '        - name: api',
  '          image: ghcr.io/example/api:1.0.0',
  '',
].join('\n');

const KUSTOMIZE_REPO: Record<string, string> = {
  'deploy/base/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n',
  'deploy/base/deployment.yaml': DEPLOYMENT,
  'deploy/overlays/prod/kustomization.yaml': [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    '  - ../../base',
    'patches:',
    '  - path: replicas.yaml',
    '  - path: json-patch.yaml',
    '    target:',
    '      kind: Deployment',
    '      name: api',
    'patchesStrategicMerge:',
    '  - resources.yaml',
    '',
  ].join('\n'),
  'deploy/overlays/prod/replicas.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n',
  'deploy/overlays/prod/resources.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          resources:',
    '            limits:',
    '              memory: 256Mi',
    '',
  ].join('\n'),
  'deploy/overlays/prod/json-patch.yaml': '- op: add\n  path: /spec/template/metadata/labels/tier\n  value: backend\n',
};

describe('Kustomize patches in validate', () => {
  test('patch files are not manifests: the base Deployment is the only object besides the kustomizations', () => {
    const repo = tempRepo(KUSTOMIZE_REPO);
    try {
      const ws = loadWorkspace({ root: repo.root });
      const objects = ws.kubernetes.filter((o) => o.kind !== 'Kustomization');
      expect(objects.map((o) => `${o.file} ${o.kind}/${o.name}`)).toEqual(['deploy/base/deployment.yaml Deployment/api']);
      expect([...ws.layout.kustomizePatches].sort()).toEqual([
        'deploy/overlays/prod/json-patch.yaml',
        'deploy/overlays/prod/replicas.yaml',
        'deploy/overlays/prod/resources.yaml',
      ]);
    } finally {
      repo.cleanup();
    }
  });

  test('every check runs: nothing is reported in the patches (no "has no image", no missing spec.selector), the base is still checked', async () => {
    const repo = tempRepo(KUSTOMIZE_REPO);
    try {
      const { findings } = await validateRepositoryFiles({ root: repo.root, config: checkedConfigSchema.parse({}) });
      expect(findings.filter((f) => f.file.startsWith('deploy/overlays/')).map((f) => `${f.checkId} ${f.file}:${f.line} ${f.message}`)).toEqual([]);
      expect(findings.filter((f) => f.file === 'deploy/base/deployment.yaml').map((f) => f.checkId)).toContain('kubernetes/resource-limits');
    } finally {
      repo.cleanup();
    }
  });

  test('a patch file that does not parse is still a parse error', async () => {
    const repo = tempRepo({
      ...KUSTOMIZE_REPO,
      'deploy/overlays/prod/replicas.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 3\n replicas: 4\n',
    });
    try {
      const { findings } = await validateRepositoryFiles({ root: repo.root, config: checkedConfigSchema.parse({}) });
      expect(findings.filter((f) => f.file.startsWith('deploy/overlays/')).map((f) => `${f.checkId} ${f.file}:${f.line}`)).toEqual([
        'core/parse-error deploy/overlays/prod/replicas.yaml:5',
      ]);
    } finally {
      repo.cleanup();
    }
  });
});
