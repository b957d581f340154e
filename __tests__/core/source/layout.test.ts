/**
 * Layouts whose files are not manifests as written: Helm charts, Ansible role templates and Kustomize patches. The last
 * tests run every check on a small Kustomize base + overlay and assert what users see: the base is
 * checked, the overlay's patches are not checked as objects of their own.
 */
import { findHelmCharts, findKustomizePatches, findKustomizeRoots, helmChartOfTemplate, isAnsibleRoleTemplate } from '../../../src/core/source/layout';
import { loadWorkspace } from '../../../src/core/source/workspace';
import { checkedConfigSchema } from '../../../src/core/validate/config';
import { validateRepositoryFiles } from '../../../src/core/validate/run';
import { KUSTOMIZE_REPO } from '../../helpers/kustomize-repo';
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
    // No apiVersion or kind (kustomize does not require them); inline patches in both lists.
    const text = [
      'resources: [../../base]',
      'patches:',
      '  - path: patches/json.yaml',
      '    target: { kind: Deployment }',
      '  - patch: |-',
      '      - { op: replace, path: /spec/replicas, value: 3 }',
      'patchesStrategicMerge:',
      '  - resources.yaml',
      '  - |-',
      '    apiVersion: apps/v1',
      'patchesJson6902:',
      '  - target: { group: apps, version: v1, kind: Deployment, name: api }',
      '    path: ../shared/probe-patch.yaml',
      '',
    ].join('\n');
    expect([...findKustomizePatches([{ path: 'deploy/overlays/prod/kustomization.yaml', text }])].sort()).toEqual([
      'deploy/overlays/prod/patches/json.yaml',
      'deploy/overlays/prod/resources.yaml',
      'deploy/overlays/shared/probe-patch.yaml',
    ]);
  });

  test('findKustomizeRoots: the kustomizations no other includes through resources, bases or components, and no Component', () => {
    const k = (file: string, text: string): { path: string; text: string } => ({ path: file, text });
    expect(
      findKustomizeRoots([
        k('deploy/base/kustomization.yaml', 'resources:\n  - deployment.yaml\n'),
        k('deploy/components/probes/kustomization.yaml', 'kind: Component\n'),
        k('deploy/components/unused/kustomization.yaml', 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n'),
        k('deploy/overlays/prod/kustomization.yaml', 'resources:\n  - ../../base/\ncomponents:\n  - ../../components/probes\n'),
        k('deploy/overlays/staging/kustomization.yml', 'bases:\n  - ../../base\n'),
        k('kustomization.yaml', 'resources:\n  - deploy/overlays/prod\n'),
      ]),
    ).toEqual(['deploy/overlays/staging/kustomization.yml', 'kustomization.yaml']);
  });

  test('a kustomization that does not parse names no patch', () => {
    expect(findKustomizePatches([{ path: 'kustomization.yaml', text: 'patches: [\n' }]).size).toBe(0);
  });
});

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

describe('Ansible role templates in validate', () => {
  const JINJA =
    'apiVersion: cilium.io/v2alpha1\nkind: CiliumLoadBalancerIPPool\nmetadata:\n  name: default\nspec:\n  blocks:\n    {% for cidr in pool %}\n    - cidr: {{ cidr }}\n    {% endfor %}\n';

  test('isAnsibleRoleTemplate: files under roles/<role>/templates/, at any depth, and nothing else', () => {
    expect(isAnsibleRoleTemplate('metal/roles/cilium/templates/pool.yaml')).toBe(true);
    expect(isAnsibleRoleTemplate('roles/web/templates/nginx/site.yml')).toBe(true);
    expect(isAnsibleRoleTemplate('charts/web/templates/deployment.yaml')).toBe(false);
    expect(isAnsibleRoleTemplate('roles/web/tasks/main.yml')).toBe(false);
    expect(isAnsibleRoleTemplate('myroles/web/templates/x.yaml')).toBe(false);
  });

  test('a Jinja2 template is not parsed (no parse error); the same text elsewhere is one', async () => {
    const repo = tempRepo({ 'metal/roles/cilium/templates/pool.yaml': JINJA, 'k8s/pool.yaml': JINJA });
    try {
      const { findings } = await validateRepositoryFiles({ root: repo.root, config: checkedConfigSchema.parse({}) });
      expect(findings.filter((f) => f.checkId === 'core/parse-error').map((f) => f.file)).toEqual(['k8s/pool.yaml']);
      expect(findings.filter((f) => f.file.startsWith('metal/'))).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });
});
