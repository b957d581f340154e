/**
 * Without helm (these cases pass no helm runner, as on a machine without it), a chart's templates are
 * never read as YAML: each chart gets one info finding on its Chart.yaml, and no other check reports
 * anything in its templates.
 */
import check from '../../../../src/core/checks/kubernetes/helm-not-rendered';
import { checkedConfigSchema } from '../../../../src/core/validate/config';
import { validateRepositoryFiles } from '../../../../src/core/validate/run';
import { describeCheck } from '../../../helpers/check-cases';
import { tempRepo } from '../../../helpers/temp-repo';
import { chartAt, WEB_CHART } from '../../../helpers/helm-chart';

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    {
      name: 'a chart whose Chart.yaml helm rejects is reported by kubernetes/helm-template instead',
      files: chartAt('chart', { ...WEB_CHART, 'Chart.yaml': 'apiVersion: v2\nname: web\n' }),
    },
    {
      name: 'a library chart: its templates are helpers for other charts, nothing to render',
      files: chartAt('common', {
        'Chart.yaml': 'apiVersion: v2\nname: common\nversion: 1.0.0\ntype: library\n',
        'templates/_names.tpl': WEB_CHART['templates/_helpers.tpl'],
      }),
    },
    { name: 'a chart under exclude is not validated', files: chartAt('vendor/web'), config: { exclude: ['vendor/**'] } },
    { name: 'no chart', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  a: "1"\n' },
    {
      name: 'a templates/ directory without Chart.yaml is plain YAML',
      files: { 'templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  a: "1"\n' },
    },
  ],
  invalid: [
    {
      name: 'a chart at the root, helm not installed',
      files: chartAt(''),
      errors: [{ file: 'Chart.yaml', line: 1, messageId: 'notRendered', message: 'Helm chart "web": templates not rendered (helm is not installed)' }],
    },
    {
      name: 'two charts, and a vendored subchart that its parent renders',
      files: {
        ...chartAt('charts/web'),
        ...chartAt('charts/api', { ...WEB_CHART, 'Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n' }),
        ...chartAt('charts/api/charts/web'),
      },
      errors: [
        { file: 'charts/api/Chart.yaml', line: 1, message: 'Helm chart "api"' },
        { file: 'charts/web/Chart.yaml', line: 1, message: 'Helm chart "web"' },
      ],
    },
    {
      name: 'kubernetes.helm: never',
      files: chartAt('chart'),
      config: { kubernetes: { helm: 'never' } },
      errors: [{ file: 'chart/Chart.yaml', line: 1, message: '(kubernetes.helm is "never")' }],
    },
  ],
});

describe('Helm templates without helm', () => {
  test('every check runs: nothing is reported in the templates, and values.yaml and Chart.yaml are read', async () => {
    const repo = tempRepo({ ...chartAt('charts/web'), 'charts/web/values-prod.yaml': 'image:\n  tag: "1.4.2"\n  tag: "1.5.0"\n' });
    try {
      const { findings } = await validateRepositoryFiles({ root: repo.root, config: checkedConfigSchema.parse({}) });
      expect(findings.filter((f) => f.file.includes('/templates/')).map((f) => `${f.checkId} ${f.file}:${f.line} ${f.message}`)).toEqual([]);
      expect(findings.filter((f) => f.file.startsWith('charts/')).map((f) => [f.checkId, f.file, f.line])).toEqual([
        ['kubernetes/helm-not-rendered', 'charts/web/Chart.yaml', 1],
        ['core/duplicate-key', 'charts/web/values-prod.yaml', 3],
      ]);
    } finally {
      repo.cleanup();
    }
  });
});
