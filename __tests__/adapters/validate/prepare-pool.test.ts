/**
 * validate on worker threads: the calling thread and workers parse files and check their
 * Kubernetes objects, then the checks across files run on the calling thread. On a repository of a
 * few hundred generated manifests (bench/corpus-kubernetes.mjs) next to the example repository's
 * Compose stacks, monitoring files and dashboards, and files that do not parse, the JSON report
 * with workers must be byte for byte the report without. The workers load
 * src/adapters/validate/worker.ts from the sources (helpers/ts-worker.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareOnThreads } from '../../../src/adapters/validate/prepare-pool';
import { loadCheckedConfig } from '../../../src/core/validate/config';
import { listValidateFiles } from '../../../src/core/validate/run';
import { runCli } from '../../helpers/cli';
import { createRandom, type Random } from '../../helpers/fake-secret';
import { tempRepo, type TempRepo } from '../../helpers/temp-repo';
import { tsWorkerEntry } from '../../helpers/ts-worker';

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, '../../..');
const EXAMPLE = path.join(ROOT, 'examples/mcp-stacks');

/** The benchmark's generator of one application's manifests (JavaScript, checked by tsconfig.bench.json). */
interface BenchKubernetes {
  generateKubernetesApp(rnd: Random, app: { team: string; env: string; index: number }): string[];
}
const { generateKubernetesApp } = jest.requireActual<BenchKubernetes>('../../../bench/corpus-kubernetes.mjs');

let dir: string;
let workerEntry: string;
let repo: TempRepo;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackgate-prepare-pool-'));
  workerEntry = tsWorkerEntry(dir, 'worker', (src) => [`require(${src('adapters/validate/worker.ts')});`]);
  repo = tempRepo();
  fs.cpSync(EXAMPLE, repo.root, { recursive: true });
  // Manifests of 80 applications in dev, staging and prod, one or two per file or all in one, as the benchmark writes them.
  const rnd = createRandom(20250101);
  for (let index = 0; index < 80; index++) {
    const team = rnd.pick(['platform', 'search', 'data']);
    const env = rnd.pick(['dev', 'staging', 'prod']);
    const docs = generateKubernetesApp(rnd, { team, env, index });
    const dirOf = `generated/${team}/${env}/app-${index}`;
    if (rnd.chance(0.4)) repo.write(`${dirOf}/all.yaml`, docs.join('---\n'));
    else docs.forEach((doc, i) => repo.write(`${dirOf}/${i}.${rnd.chance(0.8) ? 'yaml' : 'yml'}`, doc));
  }
  // Files that do not parse, or hold more than plain objects: their problems are reported from any thread.
  repo.write('generated/broken/syntax.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n');
  repo.write('generated/broken/duplicate.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n');
  repo.write('generated/broken/incomplete.yaml', 'apiVersion: apps/v1\nmetadata:\n  name: no-kind\n');
  repo.write(
    'generated/list/items.yaml',
    'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n    metadata: { name: listed, namespace: data-prod }\n    spec:\n      selector: { app: nothing }\n      ports: [{ port: 80, targetPort: http }]\n',
  );
  repo.write(
    'generated/anchors/deploy.yaml',
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: anchored, namespace: platform-prod }',
      'spec:',
      '  selector: { matchLabels: &labels { app: anchored } }',
      '  template:',
      '    metadata: { labels: *labels }',
      '    spec:',
      '      containers:',
      '        - &base { name: app, image: "ghcr.io/acme/app:latest" }',
      '        - <<: *base',
      '          name: sidecar # stackgate-ignore kubernetes/image-latest-tag: pinned by the release job',
      '          securityContext: { privileged: true } # stackgate-ignore kubernetes/privileged-container',
      '      restartPolicyy: Always',
      '',
    ].join('\n'),
  );
});

afterAll(() => {
  repo?.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

const validate = (workers: string, ...more: string[]) =>
  runCli(['validate', '.', '--format', 'json', '--workers', workers, ...more], repo.root, {}, { validateWorkerEntry: workerEntry });

test('validate with worker threads reports byte for byte what it reports on one thread', async () => {
  const one = await validate('1', '--debug');
  const report = JSON.parse(one.stdout) as { findings: { checkId: string; file: string }[] };
  // The repository has something to find in every kind of file it holds.
  const checks = new Set(report.findings.map((f) => f.checkId));
  for (const id of ['core/parse-error', 'core/duplicate-key', 'kubernetes/incomplete-manifest', 'kubernetes/schema', 'kubernetes/service-selector-mismatch'])
    expect(checks).toContain(id);
  expect(report.findings.filter((f) => f.file.startsWith('generated/')).length).toBeGreaterThan(200);
  expect(report.findings.some((f) => f.file.startsWith('stacks/'))).toBe(true);
  expect(one.stderr).not.toMatch(/threads/);

  for (const workers of ['2', '3']) {
    const many = await validate(workers, '--debug');
    // Each worker took files (threads asked for all take part), and the report is the same.
    const perThread = new RegExp(`parsed and checked (\\d+) files on ${workers} threads \\((\\d+(?: \\+ \\d+)+)\\)`).exec(many.stderr);
    expect(perThread).not.toBeNull();
    const parts = perThread![2].split(' + ').map(Number);
    expect(parts).toHaveLength(Number(workers));
    for (const part of parts) expect(part).toBeGreaterThan(0);
    expect(parts.reduce((a, b) => a + b)).toBe(Number(perThread![1]));
    expect(many.stdout).toBe(one.stdout);
    expect(many.exitCode).toBe(one.exitCode);
  }
});

test('the threads check every Kubernetes object of the files they take, so validate checks none again', async () => {
  const { config } = loadCheckedConfig(repo.root);
  const listed = listValidateFiles(repo.root, config);
  const { workspace, objectChecks, perThread } = await prepareOnThreads(
    listed,
    { root: repo.root, config, layout: listed.layout },
    { workerEntry, threads: 2, isEveryThreadTaking: true },
  );
  expect(perThread).toHaveLength(2);
  expect(perThread[1]).toBeGreaterThan(0);
  expect(workspace.kubernetes.length).toBeGreaterThan(200);
  expect(workspace.kubernetes.filter((o) => !objectChecks.has(o))).toEqual([]);
});

test('a worker that cannot start fails the run', async () => {
  const broken = path.join(dir, 'broken.mjs');
  fs.writeFileSync(broken, "throw new Error('worker could not start');\n");
  const r = await runCli(['validate', '.', '--workers', '2'], repo.root, {}, { validateWorkerEntry: broken });
  expect(r.exitCode).toBe(2);
  expect(r.stderr).toContain('worker could not start');
});
