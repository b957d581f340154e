/**
 * kubernetes/kustomize-build and built overlays (kubernetes.kustomize: auto | always). With the real
 * kubectl (CI has it; helpers/required-tool.ts) the overlay is built and the built objects are
 * checked: the patched replicas count, the findings on the file and line where each field is written.
 */
import check from '../../../../src/core/checks/kubernetes/kustomize-build';
import { createKustomizeRenderer } from '../../../../src/adapters/kustomize/kubectl-kustomize';
import type { Finding } from '../../../../src/core/findings';
import { checkedConfigSchema } from '../../../../src/core/validate/config';
import type { KustomizeRenderer } from '../../../../src/core/validate/kustomize-overlays';
import { validateRepositoryFiles } from '../../../../src/core/validate/run';
import { describeCheck } from '../../../helpers/check-cases';
import { KUSTOMIZE_REPO } from '../../../helpers/kustomize-repo';
import { describeWithTool } from '../../../helpers/required-tool';
import { tempRepo } from '../../../helpers/temp-repo';

// check-cases passes no kustomize runner: only `always` is a finding then.
describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    { name: 'an overlay, kubernetes.kustomize never: the files are checked as written', files: KUSTOMIZE_REPO, config: { kubernetes: { kustomize: 'never' } } },
    { name: 'an overlay, kubernetes.kustomize auto (the default), no kubectl: the files are checked as written', files: KUSTOMIZE_REPO },
    {
      name: 'an overlay with a remote base is not built (no network): its files are checked as written',
      files: {
        ...KUSTOMIZE_REPO,
        'deploy/overlays/prod/kustomization.yaml': KUSTOMIZE_REPO['deploy/overlays/prod/kustomization.yaml'].replace(
          '  - ../../base\n',
          '  - ../../base\n  - https://github.com/example/platform//monitoring?ref=v1.0.0\n',
        ),
      },
      config: { kubernetes: { kustomize: 'always' } },
    },
  ],
  invalid: [
    {
      name: 'kubernetes.kustomize always without kubectl: the overlay, not the base it includes',
      files: KUSTOMIZE_REPO,
      config: { kubernetes: { kustomize: 'always' } },
      errors: [
        { file: 'deploy/overlays/prod/kustomization.yaml', line: 1, messageId: 'unavailable', message: 'the overlay deploy/overlays/prod cannot be built' },
      ],
    },
  ],
});

async function run(files: Record<string, string>, kustomize: KustomizeRenderer, mode = 'auto'): Promise<Finding[]> {
  const repo = tempRepo(files);
  try {
    const { findings } = await validateRepositoryFiles({
      root: repo.root,
      config: checkedConfigSchema.parse({ kubernetes: { kustomize: mode } }),
      externalTools: { kustomize },
    });
    return findings;
  } finally {
    repo.cleanup();
  }
}

const at = (f: Finding): string => `${f.checkId} ${f.file}:${f.line}`;

describe('overlays that need the network', () => {
  const failing =
    (message: string): KustomizeRenderer =>
    () => ({ ok: false, message });
  const OVERLAY = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - dashboard\n';
  const GENERATOR =
    'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nconfigMapGenerator:\n  - name: dashboards\n    files:\n      - cluster.json=https://raw.githubusercontent.com/fluxcd/flux2/v0.31.4/manifests/monitoring/cluster.json\n';

  test('a generator file fetched from a URL, in a kustomization below the overlay: not built, nothing reported', async () => {
    let built = 0;
    const renderer: KustomizeRenderer = () => {
      built++;
      return { ok: false, message: 'unreachable' };
    };
    const findings = await run({ 'apps/kustomization.yaml': OVERLAY, 'apps/dashboard/kustomization.yaml': GENERATOR }, renderer, 'always');
    expect(built).toBe(0);
    expect(findings.filter((f) => f.checkId === 'kubernetes/kustomize-build').map(at)).toEqual([]);
  });

  test('an overlay among test fixtures or archived files is not built: it may be broken on purpose, and nothing deploys it', async () => {
    let built = 0;
    const renderer: KustomizeRenderer = () => {
      built++;
      return { ok: false, message: 'accumulating resources: missing.yaml: no such file or directory' };
    };
    const overlay = 'resources:\n  - missing.yaml\n';
    const findings = await run({ '.archive/old-app/kustomization.yaml': overlay, 'test/broken/kustomization.yaml': overlay }, renderer, 'always');
    expect(built).toBe(0);
    expect(findings.filter((f) => f.checkId === 'kubernetes/kustomize-build').map(at)).toEqual([]);
    expect((await run({ 'apps/kustomization.yaml': overlay }, renderer)).filter((f) => f.checkId === 'kubernetes/kustomize-build').map(at)).toEqual([
      'kubernetes/kustomize-build apps/kustomization.yaml:1',
    ]);
  });

  test('a build that fails because nothing could be fetched is not a broken overlay; any other failure is', async () => {
    const files = {
      'apps/kustomization.yaml': OVERLAY.replace('dashboard', '../base'),
      'base/kustomization.yaml': 'resources:\n  - cm.yaml\n',
      'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n',
    };
    const offline = failing(
      "accumulating resources: couldn't make target for https://github.com/x/y: dial tcp: lookup github.com on 127.0.0.53:53: no such host",
    );
    expect((await run(files, offline)).filter((f) => f.checkId === 'kubernetes/kustomize-build').map(at)).toEqual([]);
    const broken = failing(
      "accumulating resources: accumulation err='accumulating resources from 'missing.yaml': open missing.yaml: no such file or directory'",
    );
    expect((await run(files, broken)).filter((f) => f.checkId === 'kubernetes/kustomize-build').map(at)).toEqual([
      'kubernetes/kustomize-build apps/kustomization.yaml:1',
    ]);
  });
});

describeWithTool({
  command: 'kubectl',
  probeArgs: ['version', '--client'],
  install: 'install kubectl',
  suite: 'core/checks/kubernetes/kustomize-build.test.ts',
})('built overlays (the real kubectl kustomize)', () => {
  const kustomize = createKustomizeRenderer();

  test('the built Deployment is checked: its patched replicas count, each finding where the field is written', async () => {
    const findings = await run(KUSTOMIZE_REPO, kustomize);
    // replicas: 1 in the base, 3 in the overlay's patch: no single-replica warning, and the PDB check sees 3.
    expect(findings.filter((f) => f.checkId === 'kubernetes/replicas').map(at)).toEqual([]);
    expect(findings.filter((f) => f.checkId === 'kubernetes/pod-disruption-budget').map(at)).toEqual([
      'kubernetes/pod-disruption-budget deploy/base/deployment.yaml:4',
    ]);
    // The container is the base's; the memory limit the patch adds is the patch's.
    expect(findings.filter((f) => f.checkId === 'kubernetes/image-digest').map(at)).toEqual(['kubernetes/image-digest deploy/base/deployment.yaml:17']);
    expect(findings.filter((f) => f.checkId === 'kubernetes/resource-limits').map((f) => `${at(f)} ${f.message}`)).toEqual([
      'kubernetes/resource-limits deploy/overlays/prod/resources.yaml:11 Deployment/api: container "api" has no cpu limit',
    ]);
    expect(findings.filter((f) => f.file.startsWith('deploy/') && /kustomize-build|schema|core\//.test(f.checkId)).map(at)).toEqual([]);
  });

  test('overlays of one base: each base line is one finding, with the overlays as its environments', async () => {
    const overlay = (env: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: mcp-${env}\nresources:\n  - ../../base\n`;
    const findings = await run(
      {
        'deploy/base/kustomization.yaml': KUSTOMIZE_REPO['deploy/base/kustomization.yaml'],
        'deploy/base/deployment.yaml': KUSTOMIZE_REPO['deploy/base/deployment.yaml'],
        'deploy/overlays/dev/kustomization.yaml': overlay('dev'),
        'deploy/overlays/prod/kustomization.yaml': overlay('prod'),
      },
      kustomize,
    );
    const digest = findings.filter((f) => f.checkId === 'kubernetes/image-digest');
    expect(digest.map((f) => `${at(f)} ${JSON.stringify(f.environments)}`)).toEqual(['kubernetes/image-digest deploy/base/deployment.yaml:17 ["dev","prod"]']);
    // Each check reports the base line once, whatever the number of overlays.
    const lines = findings.filter((f) => f.file === 'deploy/base/deployment.yaml').map((f) => `${f.checkId}:${f.line}:${f.column}`);
    expect(lines.filter((l, i) => lines.indexOf(l) !== i)).toEqual([]);
  });

  test('without building (never), the base is checked as written: one replica', async () => {
    const findings = await run(KUSTOMIZE_REPO, kustomize, 'never');
    expect(findings.filter((f) => f.checkId === 'kubernetes/replicas').map(at)).toEqual(['kubernetes/replicas deploy/base/deployment.yaml:6']);
  });

  test('an overlay kustomize cannot build is an error on its kustomization, and its files are checked as written', async () => {
    const findings = await run(
      {
        ...KUSTOMIZE_REPO,
        'deploy/overlays/prod/kustomization.yaml': KUSTOMIZE_REPO['deploy/overlays/prod/kustomization.yaml'].replace(
          '  - ../../base\n',
          '  - ../../base\n  - missing.yaml\n',
        ),
      },
      kustomize,
    );
    const failed = findings.filter((f) => f.checkId === 'kubernetes/kustomize-build');
    expect(failed.map(at)).toEqual(['kubernetes/kustomize-build deploy/overlays/prod/kustomization.yaml:1']);
    expect(failed[0].message).toMatch(/^kubectl kustomize deploy\/overlays\/prod failed: .*missing\.yaml/);
    expect(failed[0].message).not.toMatch(/stackgate-kustomize-|\/tmp\//);
    expect(findings.filter((f) => f.checkId === 'kubernetes/replicas').map(at)).toEqual(['kubernetes/replicas deploy/base/deployment.yaml:6']);
  });
  test('a field a JSON 6902 or inline patch sets is reported in that patch, on the line of its value', async () => {
    const component = [
      'apiVersion: kustomize.config.k8s.io/v1alpha1', // 1
      'kind: Component',
      'patchesJson6902:',
      '- target:',
      '    group: apps', // 5
      '    version: v1',
      '    kind: Deployment',
      '    name: api',
      '  patch: |',
      '    - op: add', // 10
      '      path: /spec/template/spec/containers/0/args/-',
      '      value: --v=4',
      '    - op: add',
      '      path: /spec/template/spec/containers/0/imagePullPolicy',
      '      value: Never', // 15
      'patches:',
      '- target: { kind: Deployment, name: api }',
      '  patch: |-',
      '    apiVersion: apps/v1',
      '    kind: Deployment', // 20
      '    metadata: { name: api }',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers:', // 25
      '            - name: api',
      '              securityContext:',
      '                privileged: true',
      '',
    ].join('\n');
    const findings = await run(
      {
        'deploy/base/kustomization.yaml': KUSTOMIZE_REPO['deploy/base/kustomization.yaml'],
        'deploy/base/deployment.yaml': KUSTOMIZE_REPO['deploy/base/deployment.yaml'].replace(
          'ghcr.io/example/api:1.0.0',
          'ghcr.io/example/api:1.0.0\n          imagePullPolicy: IfNotPresent\n          args: [--port=8080]',
        ),
        'deploy/components/debug/kustomization.yaml': component,
        'deploy/components/debug/host-network.yaml': '- op: add\n  path: /spec/template/spec/hostNetwork\n  value: true\n',
        'deploy/overlays/debug/kustomization.yaml': [
          'apiVersion: kustomize.config.k8s.io/v1beta1',
          'kind: Kustomization',
          'resources: [../../base]',
          'components: [../../components/debug]',
          'patches:',
          '  - path: ../../components/debug/host-network.yaml',
          '    target: { kind: Deployment, name: api }',
          '',
        ].join('\n'),
      },
      kustomize,
    );
    const where = (check: string): string[] => findings.filter((f) => f.checkId === check).map(at);
    // The base says IfNotPresent; the component's inline JSON 6902 patch says Never, on line 15.
    expect(where('kubernetes/image-pull-policy')).toEqual(['kubernetes/image-pull-policy deploy/components/debug/kustomization.yaml:15']);
    // The inline strategic-merge patch (a block scalar) sets privileged on line 28.
    expect(where('kubernetes/privileged-container')).toEqual(['kubernetes/privileged-container deploy/components/debug/kustomization.yaml:28']);
    // The JSON 6902 patch file (adding a field the base does not write) sets hostNetwork on its line 3.
    expect(where('kubernetes/host-namespaces')).toEqual(['kubernetes/host-namespaces deploy/components/debug/host-network.yaml:3']);
  });
});
