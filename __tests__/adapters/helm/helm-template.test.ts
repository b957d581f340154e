/**
 * The helm runner: a missing binary means "not installed" (validate then reports the chart as not
 * rendered), helm's errors come back on one line without the machine's paths, and with a real helm
 * (helpers/helm-binary.ts) a chart renders with its `# Source:` lines.
 */
import os from 'node:os';
import path from 'node:path';
import { createHelmRenderer, describeFailure } from '../../../src/adapters/helm/helm-template';
import { chartAt, WEB_CHART } from '../../helpers/helm-chart';
import { describeWithHelm, HELM_BINARY } from '../../helpers/helm-binary';
import { tempRepo } from '../../helpers/temp-repo';

test('a helm that is not installed renders nothing (undefined), and is not looked for again', () => {
  const render = createHelmRenderer({ binary: path.join(os.tmpdir(), 'no-such-helm-binary') });
  expect(render('/tmp')).toBeUndefined();
  expect(render('/tmp')).toBeUndefined();
});

test('describeFailure: one line, no "Error:" prefix, no debug hint, the chart path made relative', () => {
  const dir = '/home/runner/work/repo/charts/web';
  expect(
    describeFailure(
      `Error: template: web/templates/service.yaml:13:18: executing "web/templates/service.yaml" at <required>: error calling required: service.type is required\n\nUse --debug flag to render out invalid YAML\n`,
      dir,
      1,
    ),
  ).toBe('template: web/templates/service.yaml:13:18: executing "web/templates/service.yaml" at <required>: error calling required: service.type is required');
  expect(describeFailure(`Error: open ${dir}/values.yaml: permission denied\n`, dir, 1)).toBe('open values.yaml: permission denied');
  expect(describeFailure('', dir, 2)).toBe('helm exited with status 2');
});

describeWithHelm('adapters/helm/helm-template.test.ts')('the real helm', () => {
  test('a chart renders with a # Source: line per template', () => {
    const repo = tempRepo(chartAt(''));
    try {
      const result = createHelmRenderer({ binary: HELM_BINARY })(repo.root);
      expect(result?.ok).toBe(true);
      const stdout = result?.ok ? result.stdout : '';
      expect(stdout).toContain('# Source: web/templates/service.yaml');
      expect(stdout).toContain('# Source: web/templates/deployment.yaml');
      expect(stdout).toContain('image: "ghcr.io/example/web:1.4.2"');
    } finally {
      repo.cleanup();
    }
  });

  test('a dependency missing from charts/ is a failure that says so', () => {
    const repo = tempRepo(
      chartAt('', {
        ...WEB_CHART,
        'Chart.yaml': `${WEB_CHART['Chart.yaml']}dependencies:\n  - name: redis\n    version: 19.0.0\n    repository: https://charts.example.com\n`,
      }),
    );
    try {
      const result = createHelmRenderer({ binary: HELM_BINARY })(repo.root);
      expect(result).toEqual({ ok: false, message: expect.stringMatching(/missing in charts\/ directory: redis/) });
    } finally {
      repo.cleanup();
    }
  });
});
