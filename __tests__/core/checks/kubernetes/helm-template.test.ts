/**
 * kubernetes/helm-template and rendered charts. The engine's side runs against a fake helm runner (the
 * port: output or an error, as helm gives them); rendering with the real helm runs when helm is
 * installed (helpers/helm-binary.ts) and shows the findings users see on the template's lines.
 */
import path from 'node:path';
import { createHelmRenderer } from '../../../../src/adapters/helm/helm-template';
import check from '../../../../src/core/checks/kubernetes/helm-template';
import type { Finding } from '../../../../src/core/findings';
import { checkedConfigSchema } from '../../../../src/core/validate/config';
import type { HelmRenderer } from '../../../../src/core/validate/helm-charts';
import { validateRepositoryFiles } from '../../../../src/core/validate/run';
import { describeCheck } from '../../../helpers/check-cases';
import { tempRepo } from '../../../helpers/temp-repo';
import { chartAt, WEB_CHART } from '../../../helpers/helm-chart';
import { describeWithHelm, HELM_BINARY } from '../../../helpers/helm-binary';

// Without a helm runner (check-cases passes none), only `always` is a finding of this check.
describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    { name: 'a chart, helm not installed, kubernetes.helm auto (helm-not-rendered says so)', files: chartAt('chart') },
    {
      name: 'a Helm 2 chart with a short version',
      files: chartAt('chart', { ...WEB_CHART, 'Chart.yaml': 'apiVersion: v1\nname: web\nversion: "1.2"\ntype: application\n' }),
    },
  ],
  invalid: [
    {
      name: 'Chart.yaml without a version, with an unknown apiVersion (checked without helm)',
      files: chartAt('chart', { ...WEB_CHART, 'Chart.yaml': 'apiVersion: v3\nname: web\ndescription: A small web service\n' }),
      errors: [
        {
          file: 'chart/Chart.yaml',
          line: 1,
          messageId: 'invalidChart',
          message: 'Helm chart "web": apiVersion: expected v2, or v1 for Helm 2 charts, got "v3"',
        },
        { file: 'chart/Chart.yaml', line: 1, messageId: 'invalidChart', message: 'Helm chart "web": version is required (a SemVer version such as 0.1.0)' },
      ],
    },
    {
      name: 'a version that is not SemVer, an unknown type',
      files: chartAt('chart', { ...WEB_CHART, 'Chart.yaml': 'apiVersion: v2\nname: web\nversion: latest\ntype: app\n' }),
      errors: [
        { file: 'chart/Chart.yaml', line: 3, message: 'version: expected a SemVer version such as 0.1.0, got "latest"' },
        { file: 'chart/Chart.yaml', line: 4, message: 'type: expected application or library, got "app"' },
      ],
    },
    {
      name: 'kubernetes.helm: always without helm',
      files: chartAt('chart'),
      config: { kubernetes: { helm: 'always' } },
      errors: [{ file: 'chart/Chart.yaml', line: 1, messageId: 'unavailable', message: 'Helm chart "web" cannot be rendered' }],
    },
  ],
});

async function run(files: Record<string, string>, helm: HelmRenderer | undefined, config: Record<string, unknown> = {}): Promise<Finding[]> {
  const repo = tempRepo(files);
  try {
    const { findings } = await validateRepositoryFiles({ root: repo.root, config: checkedConfigSchema.parse(config), externalTools: { helm } });
    return findings;
  } finally {
    repo.cleanup();
  }
}

const at = (f: Finding): string => `${f.checkId} ${f.file}:${f.line}`;

const RENDERED = [
  '---',
  '# Source: web/templates/service.yaml',
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: release-name-web',
  '  namespace: stackgate-release-namespace',
  '  labels:',
  '    app: release-name-web',
  'spec:',
  '  ports:',
  '    - port: 80',
  '      targetPort: http',
  '  selector:',
  '    app: release-name-web',
  '---',
  '# Source: web/templates/deployment.yaml',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: release-name-web',
  '  labels:',
  '    app: release-name-web',
  'spec:',
  '  replicas: 2',
  '  selector:',
  '    matchLabels:',
  '      app: release-name-web',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: release-name-web',
  '    spec:',
  '      containers:',
  '        - name: web',
  '          image: "ghcr.io/example/web:1.4.2"',
  '          ports:',
  '            - name: http',
  '              containerPort: 8080',
  '          securityContext:',
  '            privileged: true',
  '',
].join('\n');

describe('rendered charts (a fake helm runner)', () => {
  test('the rendered objects are checked, and findings point at the template line that wrote them', async () => {
    const dirs: string[] = [];
    const findings = await run(chartAt('charts/web'), (dir) => {
      dirs.push(dir);
      return { ok: true, stdout: RENDERED };
    });
    expect(dirs.map((d) => path.basename(d))).toEqual(['web']);
    expect(findings.filter((f) => f.checkId === 'kubernetes/privileged-container').map(at)).toEqual([
      'kubernetes/privileged-container charts/web/templates/deployment.yaml:24',
    ]);
    expect(findings.filter((f) => f.checkId === 'kubernetes/image-digest').map(at)).toEqual([
      'kubernetes/image-digest charts/web/templates/deployment.yaml:19',
    ]);
    // The Service selects the Deployment's pods once both are rendered; nothing is reported as a template parse or schema error.
    expect(findings.filter((f) => /core\/|kubernetes\/schema|kubernetes\/service-selector|helm-/.test(f.checkId)).map(at)).toEqual([]);
    // {{ .Release.Namespace }} is chosen at install time: the placeholder helm rendered is dropped, not reported as a namespace.
    expect(findings.filter((f) => f.checkId === 'kubernetes/default-namespace').map((f) => `${at(f)} ${f.message}`)).toEqual([
      'kubernetes/default-namespace charts/web/templates/deployment.yaml:3 Deployment "release-name-web" has no metadata.namespace',
      'kubernetes/default-namespace charts/web/templates/service.yaml:3 Service "release-name-web" has no metadata.namespace',
    ]);
  });

  test('a template error is an error on the template line helm names; missing dependencies only mean not rendered', async () => {
    const failing = await run(chartAt('chart'), () => ({
      ok: false,
      message: 'template: web/templates/deployment.yaml:19:28: executing "web/templates/deployment.yaml" at <.Values.image.tag>: nil pointer evaluating',
    }));
    expect(failing.filter((f) => f.checkId.startsWith('kubernetes/helm')).map((f) => `${at(f)} ${f.severity} ${f.message}`)).toEqual([
      'kubernetes/helm-template chart/templates/deployment.yaml:19 error helm template web failed: template: web/templates/deployment.yaml:19:28: executing "web/templates/deployment.yaml" at <.Values.image.tag>: nil pointer evaluating',
    ]);
    const missing = await run(chartAt('chart'), () => ({ ok: false, message: 'found in Chart.yaml, but missing in charts/ directory: postgresql' }));
    expect(missing.filter((f) => f.checkId.startsWith('kubernetes/helm')).map((f) => `${at(f)} ${f.severity} ${f.message}`)).toEqual([
      'kubernetes/helm-not-rendered chart/Chart.yaml:1 info Helm chart "web": templates not rendered (its dependencies are not in charts/ (run "helm dependency build")); only Chart.yaml and values.yaml were checked',
    ]);
  });

  test('kubernetes.helm: never does not run helm', async () => {
    const findings = await run(
      chartAt('chart'),
      () => {
        throw new Error('helm must not run');
      },
      { kubernetes: { helm: 'never' } },
    );
    expect(findings.filter((f) => f.checkId.startsWith('kubernetes/helm')).map(at)).toEqual(['kubernetes/helm-not-rendered chart/Chart.yaml:1']);
  });
});

describeWithHelm('core/checks/kubernetes/helm-template.test.ts')('rendered charts (the real helm)', () => {
  const helm = createHelmRenderer({ binary: HELM_BINARY });

  test('a chart renders: findings on the template lines, none about templates as YAML', async () => {
    const findings = await run(chartAt('charts/web'), helm);
    expect(findings.filter((f) => f.checkId === 'kubernetes/privileged-container').map(at)).toEqual([
      'kubernetes/privileged-container charts/web/templates/deployment.yaml:24',
    ]);
    expect(findings.filter((f) => /^core\/|kubernetes\/schema|service-selector|helm-/.test(f.checkId)).map(at)).toEqual([]);
    expect(findings.filter((f) => f.checkId === 'kubernetes/default-namespace').map((f) => f.message)).toEqual([
      'Deployment "release-name-web" has no metadata.namespace',
      'Service "release-name-web" has no metadata.namespace',
    ]);
  });

  test('a broken template is a helm-template error on its line', async () => {
    const broken = {
      ...WEB_CHART,
      'templates/service.yaml': `${WEB_CHART['templates/service.yaml']}  type: {{ .Values.service.type | quote | nosuchfunction }}\n`,
    };
    const findings = await run(chartAt('chart', broken), helm);
    const helmFindings = findings.filter((f) => f.checkId === 'kubernetes/helm-template');
    expect(helmFindings.map(at)).toEqual(['kubernetes/helm-template chart/templates/service.yaml:14']);
    expect(helmFindings[0].message).toContain('function "nosuchfunction" not defined');
  });

  test('a value the installer must supply (required) and a library chart: not rendered, no error', async () => {
    const needsValues = {
      ...WEB_CHART,
      'templates/service.yaml': `${WEB_CHART['templates/service.yaml']}  type: {{ required "service.type is required" .Values.service.type }}\n`,
    };
    const library = {
      'Chart.yaml': 'apiVersion: v2\nname: common\nversion: 1.0.0\ntype: library\n',
      'templates/_names.tpl': WEB_CHART['templates/_helpers.tpl'],
    };
    const findings = await run({ ...chartAt('chart', needsValues), ...chartAt('common', library) }, helm);
    expect(findings.filter((f) => f.checkId.startsWith('kubernetes/helm')).map((f) => `${at(f)} ${f.severity} ${f.message}`)).toEqual([
      expect.stringMatching(
        /^kubernetes\/helm-not-rendered chart\/Chart.yaml:1 info Helm chart "web": templates not rendered \(its default values do not render: .*service.type is required\)/,
      ),
    ]);
  });
});
