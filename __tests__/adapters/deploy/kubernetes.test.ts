/**
 * The Kubernetes deploy driver with the real kubectl against a fake API server over HTTPS
 * (helpers/fake-kube-apiserver.ts): what the user sees (items, notes, failures with kubectl's own
 * words), what the server received, that kubectl never outlives the deadline, and that the
 * kubeconfig's file and token go nowhere.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kubernetesDriver } from '../../../src/adapters/deploy/kubernetes';
import type { KubernetesDeployConfig } from '../../../src/core/config/deploy-schema';
import { DeployFailure, type DriverContext } from '../../../src/core/deploy/driver';
import { startFakeKubeApiServer, UNREACHABLE_CONTEXT, type FakeKubeApiServer } from '../../helpers/fake-kube-apiserver';
import { describeWithTool } from '../../helpers/required-tool';
import { tempRepo, type TempRepo } from '../../helpers/temp-repo';

const describeKubectl = describeWithTool({
  command: 'kubectl',
  probeArgs: ['version', '--client'],
  install: 'install kubectl (https://kubernetes.io/docs/tasks/tools/)',
  suite: 'adapters/deploy/kubernetes',
});

const appYaml = (image: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata: { name: mcp-app }
spec:
  replicas: 2
  selector: { matchLabels: { app: mcp-app } }
  template:
    metadata: { labels: { app: mcp-app } }
    spec:
      containers:
        - name: app
          image: ${image}
          readinessProbe: { httpGet: { path: /healthz, port: 8080 } }
---
apiVersion: v1
kind: Service
metadata: { name: mcp-app }
spec:
  selector: { app: mcp-app }
  ports: [{ port: 80, targetPort: 8080 }]
${extra}`;

const cacheYaml = `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: mcp-cache }
spec:
  replicas: 1
  serviceName: mcp-cache
  selector: { matchLabels: { app: mcp-cache } }
  template:
    metadata: { labels: { app: mcp-cache } }
    spec:
      containers: [{ name: redis, image: "redis:7.4" }]
`;

const configMapYaml = `---
apiVersion: v1
kind: ConfigMap
metadata: { name: mcp-flags }
data: { FEATURE_X: "on" }
`;

const APP = 'ghcr.io/example/mcp-app';

describeKubectl('kubernetesDriver (real kubectl, fake API server)', () => {
  let server: FakeKubeApiServer;
  let repo: TempRepo;
  let tempDir: string;
  let logs: string[];

  const config = (over: Partial<KubernetesDeployConfig> = {}): KubernetesDeployConfig => ({
    paths: ['k8s/app.yaml', 'k8s/cache'],
    namespace: 'mcp',
    context: 'fake',
    forceConflicts: false,
    ...over,
  });
  const driver = (over: Partial<KubernetesDeployConfig> = {}) => kubernetesDriver(config(over), { tempDir });
  const ctx = (opts: { timeoutMs?: number; kubeconfig?: string } = {}): DriverContext => ({
    source: { environment: 'dev', sha: 'c0ffee'.padEnd(40, '0'), root: repo.root, variables: {} },
    secrets: { kubeconfig: opts.kubeconfig ?? server.kubeconfig({ currentContext: UNREACHABLE_CONTEXT }) },
    deadline: Date.now() + (opts.timeoutMs ?? 25_000),
    signal: new AbortController().signal,
    log: (line) => logs.push(line),
    now: Date.now,
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    fetch: () => Promise.reject(new Error('the Kubernetes driver makes no HTTP requests of its own')),
  });
  const failureOf = async (p: Promise<unknown>): Promise<DeployFailure> => {
    const e = await p.then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(DeployFailure);
    return e as DeployFailure;
  };
  const image = (name: string) => {
    const dep = server.state.get(server.state.typeOf('Deployment'), 'mcp', name);
    return (dep?.spec?.template as { spec: { containers: { image: string }[] } } | undefined)?.spec.containers[0].image;
  };
  /** kubectl processes still running with this test's kubeconfig directory on their command line. */
  const kubectlProcesses = () =>
    fs.readdirSync('/proc').filter((pid) => {
      if (!/^\d+$/.test(pid)) return false;
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(tempDir);
      } catch {
        return false;
      }
    });
  const release = (tag: string, extra = '') => repo.write('k8s/app.yaml', appYaml(`${APP}:${tag}`, extra));

  beforeEach(async () => {
    server = await startFakeKubeApiServer();
    repo = tempRepo({
      'k8s/app.yaml': appYaml(`${APP}:1.2.3`),
      'k8s/cache/statefulset.yaml': cacheYaml,
      'k8s/cache/kustomization.yaml': 'resources: [statefulset.yaml]\n',
    });
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-kubectl-tmp-'));
    logs = [];
  });

  afterEach(async () => {
    // Whatever happened, kubectl is gone and so is the kubeconfig file; the token was never shown.
    expect(kubectlProcesses()).toEqual([]);
    expect(fs.readdirSync(tempDir)).toEqual([]);
    expect(logs.join('\n')).not.toContain(server.token);
    await server.close();
    repo.cleanup();
    fs.rmSync(tempDir, { recursive: true, force: true });
  });

  it('applies server-side as stackgate and waits for every workload to roll out', async () => {
    const outcome = await driver().deploy(ctx());

    expect(outcome.items).toEqual([
      {
        name: 'deployment/mcp-app',
        action: 'deployed',
        image: `${APP}:1.2.3`,
        detail: expect.stringMatching(/^namespace mcp; created; rolled out in (\d+(\.\d+)? m?s|\d+ m \d+ s)$/),
      },
      { name: 'service/mcp-app', action: 'deployed', detail: 'namespace mcp; created' },
      { name: 'statefulset/mcp-cache', action: 'deployed', image: 'redis:7.4', detail: expect.stringMatching(/^namespace mcp; created; rolled out/) },
    ]);
    expect(outcome.notes).toEqual([]);
    const patches = server.requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => `${r.path} ${r.contentType} manager=${r.query.fieldManager} force=${r.query.force}`)).toEqual([
      `/apis/apps/v1/namespaces/mcp/deployments/mcp-app application/apply-patch+yaml manager=stackgate force=false`,
      `/api/v1/namespaces/mcp/services/mcp-app application/apply-patch+yaml manager=stackgate force=false`,
      `/apis/apps/v1/namespaces/mcp/statefulsets/mcp-cache application/apply-patch+yaml manager=stackgate force=false`,
    ]);
    // rollout status watched both workloads (--context fake was used: the kubeconfig's current context answers nowhere).
    expect(server.requests.filter((r) => r.query.watch === 'true').map((r) => `${r.path}?${r.query.fieldSelector}`)).toEqual([
      '/apis/apps/v1/namespaces/mcp/deployments?metadata.name=mcp-app',
      '/apis/apps/v1/namespaces/mcp/statefulsets?metadata.name=mcp-cache',
    ]);
    expect(server.requests.every((r) => r.isAuthorized)).toBe(true);
    expect(logs.some((l) => /^kubectl apply --server-side --field-manager=stackgate --namespace mcp -f k8s\/app.yaml -o name: exit 0/.test(l))).toBe(true);
  });

  it('reports the image change of a new release and what stayed as it was', async () => {
    await driver().deploy(ctx());
    release('1.2.4');

    const outcome = await driver().deploy(ctx());

    expect(outcome.items.map((i) => `${i.name}: ${i.detail}`)).toEqual([
      expect.stringMatching(new RegExp(`^deployment/mcp-app: namespace mcp; image ${APP}:1.2.3 -> 1.2.4; updated; rolled out`)),
      'service/mcp-app: namespace mcp; unchanged',
      expect.stringMatching(/^statefulset\/mcp-cache: namespace mcp; unchanged; rolled out/),
    ]);
    expect(image('mcp-app')).toBe(`${APP}:1.2.4`);
  });

  it('fails verification with kubectl’s words when a rollout exceeds its progress deadline', async () => {
    server.state.setRollout('mcp-app', 'progress-deadline');

    const failure = await failureOf(driver().deploy(ctx()));

    expect(failure.phase).toBe('verify');
    expect(failure.changed).toBe(true);
    expect(failure.message).toBe('deployment/mcp-app in mcp: deployment "mcp-app" exceeded its progress deadline');
    expect(failure.items).toEqual([
      { name: 'service/mcp-app', action: 'deployed', detail: 'namespace mcp; created' },
      { name: 'deployment/mcp-app', action: 'create', image: `${APP}:1.2.3`, detail: 'namespace mcp; created; not rolled out' },
    ]);
  });

  it('ends a rollout that never becomes ready at the deadline', async () => {
    server.state.setRollout('mcp-app', 'stuck');

    const failure = await failureOf(driver().deploy(ctx({ timeoutMs: 6000 })));

    expect(failure.phase).toBe('timeout');
    expect(failure.message).toMatch(/^deployment\/mcp-app in mcp: /);
    expect(failure.message).toMatch(/timed out waiting for the condition|was killed/);
    expect(failure.message).toContain('1 out of 2 new replicas have been updated');
  });

  it('kills kubectl at the deadline when the watch never answers (kubectl’s --timeout does not end it)', async () => {
    server.hang((r) => r.query.watch === 'true');

    const failure = await failureOf(driver().deploy(ctx({ timeoutMs: 6000 })));

    expect(failure.phase).toBe('timeout');
    expect(failure.message).toMatch(/^deployment\/mcp-app in mcp: kubectl rollout status was killed \(no answer from the API server before the deadline\)/);
    await until(() => server.openRequests === 0);
  });

  it('kills kubectl at once when the run is cancelled', async () => {
    server.hang((r) => r.query.watch === 'true');
    const cancel = new AbortController();
    server.onRequest = (r) => {
      if (r.query.watch === 'true') cancel.abort();
    };

    const failure = await failureOf(driver().deploy({ ...ctx(), signal: cancel.signal }));

    expect(failure.phase).toBe('timeout');
    expect(failure.message).toMatch(/^deployment\/mcp-app in mcp: kubectl rollout status was killed \(cancelled\)/);
    await until(() => server.openRequests === 0);
  });

  it('refuses a wrong token: nothing changed, kubectl’s error, no token anywhere', async () => {
    const wrong = 'kube-wrong-token-77a1e2';

    const failure = await failureOf(driver().deploy(ctx({ kubeconfig: server.kubeconfig({ token: wrong, currentContext: UNREACHABLE_CONTEXT }) })));

    expect(failure.phase).toBe('deploy');
    expect(failure.changed).toBe(false);
    expect(failure.message).toMatch(
      /^kubectl get of k8s\/app\.yaml: .*provide credentials.*\(the API server refused the credentials of the kubeconfig: expired or wrong\?\)$/,
    );
    expect(JSON.stringify(failure)).not.toContain(wrong);
    expect(failure.message).not.toContain(wrong);
    expect(logs.join('\n')).not.toContain(wrong);
    expect(server.requests.some((r) => r.method === 'PATCH')).toBe(false);
    expect(server.requests.every((r) => !r.isAuthorized)).toBe(true);
  });

  it('captures the revisions and restores them with rollout undo, reporting objects the deploy created', async () => {
    await driver().deploy(ctx());
    const point = await driver().capture(ctx());
    expect(point).toMatchObject({
      driver: 'kubernetes',
      description: expect.stringContaining('deployment/mcp-app in mcp at revision 1 (ghcr.io/example/mcp-app:1.2.3)'),
    });
    release('1.2.4', configMapYaml);
    server.state.setRollout('mcp-app', 'progress-deadline');
    await failureOf(driver().deploy(ctx()));
    expect(image('mcp-app')).toBe(`${APP}:1.2.4`);

    server.state.setRollout('mcp-app', 'ready');
    const outcome = await driver().restore(ctx(), point!);

    const undo = server.requests.filter((r) => r.method === 'PATCH' && r.contentType === 'application/json-patch+json');
    expect(undo.map((r) => r.path)).toEqual(['/apis/apps/v1/namespaces/mcp/deployments/mcp-app']);
    expect(image('mcp-app')).toBe(`${APP}:1.2.3`);
    expect(outcome.items).toEqual([
      { name: 'statefulset/mcp-cache', action: 'unchanged', image: 'redis:7.4', detail: 'namespace mcp; unchanged since the deploy began' },
      {
        name: 'deployment/mcp-app',
        action: 'deployed',
        image: `${APP}:1.2.3`,
        detail: expect.stringMatching(new RegExp(`^namespace mcp; image ${APP}:1.2.4 -> 1.2.3; rolled back to revision 1; rolled out in`)),
      },
    ]);
    expect(outcome.notes).toEqual([
      'configmap/mcp-flags in mcp: created by the deploy being rolled back and left in place; delete it by hand if it should go',
      expect.stringContaining('deployment/mcp-app in mcp: rolled back with kubectl rollout undo, so the pod template now belongs to the kubectl field manager'),
    ]);
    expect(server.state.get(server.state.typeOf('ConfigMap'), 'mcp', 'mcp-flags')).toBeDefined();
  });

  it('has nothing to capture before the first deploy', async () => {
    expect(await driver().capture(ctx())).toBeUndefined();
  });

  describe('after a rollout undo the pod template belongs to kubectl', () => {
    beforeEach(async () => {
      await driver().deploy(ctx());
      const point = await driver().capture(ctx());
      release('1.2.4');
      server.state.setRollout('mcp-app', 'progress-deadline');
      await failureOf(driver().deploy(ctx()));
      server.state.setRollout('mcp-app', 'ready');
      await driver().restore(ctx(), point!);
      server.requests.length = 0;
    });

    it('refuses the conflict without forceConflicts, naming the object and the manager; nothing changed', async () => {
      const failure = await failureOf(driver().deploy(ctx()));

      expect(failure.phase).toBe('deploy');
      expect(failure.changed).toBe(false);
      expect(failure.message).toBe(
        'deployment/mcp-app in mcp: Apply failed with 1 conflict: conflict with "kubectl" using apps/v1: .spec.template.spec.containers[name="app"].image. ' +
          'The fields belong to the field manager "kubectl" using apps/v1 (after a `kubectl rollout undo` the pod template is kubectl\'s); ' +
          'conflicts can be forced with `forceConflicts: true` (environments.dev.deploy.kubernetes), and stackgate then takes the fields over',
      );
      expect(image('mcp-app')).toBe(`${APP}:1.2.3`);
      expect(server.requests.some((r) => r.method === 'PATCH' && r.query.force === 'true')).toBe(false);
    });

    it('forces the conflict with forceConflicts and says so in the outcome', async () => {
      const outcome = await driver({ forceConflicts: true }).deploy(ctx());

      expect(outcome.notes).toEqual([
        'deployment/mcp-app in mcp: Apply failed with 1 conflict: conflict with "kubectl" using apps/v1: .spec.template.spec.containers[name="app"].image: ' +
          'was taken over from the field manager "kubectl" using apps/v1 with --force-conflicts (forceConflicts: true)',
      ]);
      expect(outcome.items[0]).toMatchObject({ name: 'deployment/mcp-app', detail: expect.stringMatching(/image .*1\.2\.3 -> 1\.2\.4; updated; rolled out/) });
      expect(image('mcp-app')).toBe(`${APP}:1.2.4`);
      const forced = server.requests.filter((r) => r.method === 'PATCH' && r.query.force === 'true');
      expect(forced.map((r) => r.path)).toContain('/apis/apps/v1/namespaces/mcp/deployments/mcp-app');
    });

    it('plans the deploy as refused unless forced', async () => {
      const plan = await driver().plan(ctx());

      expect(plan.notes).toEqual([
        expect.stringMatching(/^deployment\/mcp-app in mcp: Apply failed with 1 conflict: .*As it stands the deploy will be refused$/),
      ]);
      expect(plan.items[0]).toMatchObject({ name: 'deployment/mcp-app', action: 'update' });
    });
  });

  it('plans with a server dry run: create, update with the image change, unchanged; the cluster untouched', async () => {
    await driver().deploy(ctx());
    release('1.2.4', configMapYaml);
    const changes = [...server.state.changes];
    server.requests.length = 0;

    const plan = await driver().plan(ctx());

    expect(plan).toEqual({
      driver: 'kubernetes',
      target: 'kubectl context fake, namespace mcp',
      items: [
        { name: 'deployment/mcp-app', action: 'update', image: `${APP}:1.2.4`, detail: `namespace mcp; image ${APP}:1.2.3 -> 1.2.4` },
        { name: 'service/mcp-app', action: 'unchanged', detail: 'namespace mcp' },
        { name: 'configmap/mcp-flags', action: 'create', detail: 'namespace mcp' },
        { name: 'statefulset/mcp-cache', action: 'unchanged', image: 'redis:7.4', detail: 'namespace mcp' },
      ],
      notes: [],
    });
    expect(server.state.changes).toEqual(changes);
    expect(server.requests.filter((r) => r.method === 'PATCH').every((r) => r.query.dryRun === 'All')).toBe(true);
  });

  it('keeps the kubeconfig in a 0600 file of a 0700 directory while kubectl runs, and removes it after', async () => {
    const seen: string[] = [];
    server.onRequest = () => {
      for (const dir of fs.readdirSync(tempDir)) {
        const d = path.join(tempDir, dir);
        const file = path.join(d, 'kubeconfig');
        if (fs.existsSync(file))
          seen.push(`${dir.replace(/-\w+$/, '-*')} ${(fs.statSync(d).mode & 0o777).toString(8)} ${(fs.statSync(file).mode & 0o777).toString(8)}`);
      }
    };

    await driver().deploy(ctx());

    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(['stackgate-kubectl-* 700 600']));
  });

  it('says which configured path is missing, before running kubectl', async () => {
    const failure = await failureOf(driver({ paths: ['k8s/overlays/dev'] }).deploy(ctx()));

    expect(failure.message).toBe('kubernetes: k8s/overlays/dev does not exist in the repository at c0ffee0');
    expect(failure.changed).toBe(false);
    expect(server.requests).toEqual([]);
  });

  it('keeps the credentials of a kubeconfig that is not YAML out of kubectl’s error', async () => {
    const broken = `apiVersion: v1\nusers: [{ name: ci, user: { token: "${server.token}" }\n  oops: [\n`;

    const failure = await failureOf(driver().deploy(ctx({ kubeconfig: broken })));

    expect(failure.changed).toBe(false);
    // kubectl names the file it could not load: the temporary directory shows as <temp>.
    expect(failure.message).toMatch(/^kubectl get of k8s\/app\.yaml: error loading config file "<temp>\/kubeconfig": yaml: /);
    expect(failure.message).not.toContain(server.token);
    expect(failure.message).not.toContain(tempDir);
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(condition()).toBe(true);
}
