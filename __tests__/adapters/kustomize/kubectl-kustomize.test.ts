/**
 * The kubectl kustomize runner: a missing kubectl means "not installed", kubectl's errors come back
 * on one line without its log prefix or temporary paths, and with the real kubectl an overlay builds
 * with each object's origin.
 */
import os from 'node:os';
import path from 'node:path';
import { createKustomizeRenderer, describeKustomizeFailure } from '../../../src/adapters/kustomize/kubectl-kustomize';
import { KUSTOMIZE_REPO } from '../../helpers/kustomize-repo';
import { describeWithTool } from '../../helpers/required-tool';
import { tempRepo } from '../../helpers/temp-repo';

test('a kubectl that is not installed builds nothing (undefined)', () => {
  const build = createKustomizeRenderer({ binary: path.join(os.tmpdir(), 'no-such-kubectl-binary') });
  expect(build('/tmp')).toBeUndefined();
  expect(build('/tmp')).toBeUndefined();
});

test('describeKustomizeFailure: the log prefix, warnings and temporary paths removed', () => {
  const stderr = [
    "# Warning: 'patchesStrategicMerge' is deprecated. Please use 'patches' instead.",
    `E1207 07:47:17.809733     464 run.go:72] "command failed" err="accumulating resources from 'missing.yaml': lstat /repo/deploy/prod/missing.yaml: no such file or directory"`,
    '',
  ].join('\n');
  expect(describeKustomizeFailure(stderr, '/tmp/stackgate-kustomize-x', '/repo/deploy/prod', 1)).toBe(
    "accumulating resources from 'missing.yaml': lstat missing.yaml: no such file or directory",
  );
  expect(describeKustomizeFailure('', '/tmp/w', '/repo', 1)).toBe('kubectl kustomize exited with status 1');
  // The overlay as the throw-away kustomization includes it (relative to the temporary directory) is shown as '.'.
  expect(
    describeKustomizeFailure(
      `E1207 07:47:17.809733 464 run.go:72] "command failed" err="accumulating resources from '../../repo/deploy/prod': expected kind != 'Component'"`,
      '/tmp/w/x',
      '/repo/deploy/prod',
      1,
      '../../repo/deploy/prod',
    ),
  ).toBe("accumulating resources from '.': expected kind != 'Component'");
});

describeWithTool({ command: 'kubectl', probeArgs: ['version', '--client'], install: 'install kubectl', suite: 'adapters/kustomize/kubectl-kustomize.test.ts' })(
  'the real kubectl',
  () => {
    test('an overlay builds, each object with the origin of its resource file', () => {
      const repo = tempRepo(KUSTOMIZE_REPO);
      try {
        const result = createKustomizeRenderer()(path.join(repo.root, 'deploy/overlays/prod'));
        expect(result?.ok).toBe(true);
        if (!result?.ok) return;
        expect(result.stdout).toContain('replicas: 3');
        const origin = /config\.kubernetes\.io\/origin: \|\n\s+path: (\S+)/.exec(result.stdout)?.[1];
        expect(origin && path.resolve(result.originDir, origin)).toBe(path.join(repo.root, 'deploy/base/deployment.yaml'));
      } finally {
        repo.cleanup();
      }
    });
  },
);
