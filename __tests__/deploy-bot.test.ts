/**
 * The GitHub App's deployment artefacts in deploy/bot (issue 16): the Dockerfile and the Kubernetes
 * manifests pass stackgate's own validate with no error and no warning, the checks do read them
 * (each artefact, broken on purpose in a copy, gets the finding it should), and they say what the
 * issue asks: two replicas, a PodDisruptionBudget, a NetworkPolicy, Secrets by reference only,
 * probes on /healthz and /readyz, a non-root image exposing 3000, and the run-time peers at the
 * versions stackgate declares. docs/bot.md explains them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Copy, DockerfileParser, type Instruction } from 'dockerfile-ast';
import { parseAllDocuments } from 'yaml';
import { runCli } from './helpers/cli';
import { describeWithTool } from './helpers/required-tool';
import { tempRepo, type TempRepo } from './helpers/temp-repo';

const ROOT = path.join(__dirname, '..');
const BOT = path.join(ROOT, 'deploy/bot');
const K8S = path.join(BOT, 'kubernetes');
const ENV = { PATH: process.env.PATH ?? '' };

type JsonFinding = { checkId: string; file: string; line: number; severity: string; message: string };
type Report = { summary: { errors: number; warnings: number }; findings: JsonFinding[] };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- manifests are free-form YAML, checked field by field
type Obj = Record<string, any>;

const read = (file: string): string => fs.readFileSync(file, 'utf8');
const parseYaml = (text: string): Obj[] =>
  parseAllDocuments(text)
    .map((d) => d.toJS() as Obj | null)
    .filter((o): o is Obj => o !== null);

/** The manifests kustomization.yaml lists, as written. */
function manifests(): Obj[] {
  const kustomization = parseYaml(read(path.join(K8S, 'kustomization.yaml')))[0];
  return (kustomization.resources as string[]).flatMap((f) => parseYaml(read(path.join(K8S, f))));
}
const one = (objects: Obj[], kind: string): Obj => {
  const found = objects.filter((o) => o.kind === kind);
  expect(found).toHaveLength(1);
  return found[0];
};

/** The instructions of the Dockerfile's last stage (what the image runs). */
function finalStage(text: string): Instruction[] {
  const instructions = DockerfileParser.parse(text).getInstructions();
  const lastFrom = instructions.map((i) => i.getKeyword()).lastIndexOf('FROM');
  return instructions.slice(lastFrom);
}
const argsOf = (i: Instruction): string => i.getArgumentsContent() ?? '';

async function validate(target: string, cwd: string): Promise<Report> {
  const r = await runCli(['validate', target, '-f', 'json', '--promtool', 'never'], cwd, ENV);
  expect(r.stderr).not.toMatch(/internal error/);
  return JSON.parse(r.stdout) as Report;
}

describe('stackgate validate on deploy/bot', () => {
  // No digest is known for the base image or the bot's own image here (no registry to ask), so the
  // pins by digest are the only findings: info, listed so a new one is noticed.
  const DIGEST_PINS = [
    'dockerfile/from-digest Dockerfile:17',
    'dockerfile/from-digest Dockerfile:28',
    'dockerfile/from-digest Dockerfile:34',
    'kubernetes/image-digest kubernetes/deployment.yaml:64',
  ];

  test('the directory: no errors, no warnings, only the digest pins (info)', async () => {
    const report = await validate('deploy/bot', ROOT);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.findings.map((f) => `${f.checkId} ${f.file}:${f.line}`).sort()).toEqual(DIGEST_PINS);
    expect(report.findings.every((f) => f.severity === 'info')).toBe(true);
  });

  test('the Dockerfile on its own: the same', async () => {
    const report = await validate('deploy/bot/Dockerfile', ROOT);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.findings.map((f) => f.checkId)).toEqual(['dockerfile/from-digest', 'dockerfile/from-digest', 'dockerfile/from-digest']);
  });
});

const PRODUCTION_CONFIG = 'kubernetes:\n  kustomize: auto\nenvironments:\n  prod:\n    production: true\n    kubernetes:\n      namespaces: [stackgate-bot]\n';

describe('the checks read these files: a copy broken on purpose gets the finding', () => {
  let repo: TempRepo;
  beforeEach(() => {
    // stackgate.yml makes the temporary directory the repository, as the root's makes this one, and
    // names the bot's namespace production, as a platform team deploying it would: the checks of a
    // production workload (replicas, NetworkPolicy coverage) then warn, not inform.
    repo = tempRepo({ 'stackgate.yml': PRODUCTION_CONFIG });
    fs.cpSync(BOT, path.join(repo.root, 'deploy/bot'), { recursive: true });
  });
  afterEach(() => repo.cleanup());

  const edit = (file: string, from: string | RegExp, to: string): void => {
    const abs = path.join(repo.root, 'deploy/bot', file);
    const before = read(abs);
    const after = before.replace(from, to);
    expect(after).not.toBe(before);
    fs.writeFileSync(abs, after);
  };
  const unlist = (resource: string): void => {
    fs.rmSync(path.join(repo.root, 'deploy/bot/kubernetes', resource));
    edit('kubernetes/kustomization.yaml', `  - ${resource}\n`, '');
  };

  test('the copy as it is: clean, and clean too with the files checked as written (kustomize never)', async () => {
    expect((await validate('deploy/bot', repo.root)).summary).toMatchObject({ errors: 0, warnings: 0 });
    repo.write('stackgate.yml', 'kubernetes:\n  kustomize: never\n');
    expect((await validate('deploy/bot', repo.root)).summary).toMatchObject({ errors: 0, warnings: 0 });
  });

  // Each break, and the errors and warnings it brings (check, file): exactly those.
  const BROKEN: [string, () => void, string[]][] = [
    [
      'one replica',
      () => edit('kubernetes/deployment.yaml', 'replicas: 2', 'replicas: 1'),
      ['kubernetes/pdb-blocks-eviction kubernetes/poddisruptionbudget.yaml', 'kubernetes/replicas kubernetes/deployment.yaml'],
    ],
    ['no PodDisruptionBudget', () => unlist('poddisruptionbudget.yaml'), ['kubernetes/pod-disruption-budget kubernetes/deployment.yaml']],
    ['no NetworkPolicy', () => unlist('networkpolicy.yaml'), ['kubernetes/network-policy-coverage kubernetes/deployment.yaml']],
    [
      'no readiness probe',
      () => edit('kubernetes/deployment.yaml', /\n {10}readinessProbe:\n( {12}.*\n)+/, '\n'),
      ['kubernetes/readiness-probe kubernetes/deployment.yaml'],
    ],
    [
      'a writable root filesystem',
      () => edit('kubernetes/deployment.yaml', 'readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false'),
      ['kubernetes/read-only-root-filesystem kubernetes/deployment.yaml'],
    ],
    [
      'the webhook secret as a literal',
      () =>
        edit(
          'kubernetes/deployment.yaml',
          /(STACKGATE_WEBHOOK_SECRET)\n {14}valueFrom:\n( {16}.*\n)+/,
          '$1\n              value: 8d6f0c1e9b2a4f3d7e5c6b8a9d0e1f2a\n',
        ),
      ['kubernetes/secret-in-env kubernetes/deployment.yaml'],
    ],
    ['an image that runs as root', () => edit('Dockerfile', /^USER .*\n/m, ''), ['dockerfile/user-root Dockerfile']],
    // Next to Kubernetes manifests an image is probed by them (the check says so); on its own, under Docker, it needs HEALTHCHECK.
    [
      'an image without HEALTHCHECK, run by Docker',
      () => {
        edit('Dockerfile', /^HEALTHCHECK .*\n.*\n/m, '');
        fs.rmSync(path.join(repo.root, 'deploy/bot/kubernetes'), { recursive: true });
      },
      ['dockerfile/healthcheck-missing Dockerfile'],
    ],
  ];

  test('without an environment naming it production, one replica and no NetworkPolicy are info', async () => {
    repo.write('stackgate.yml', 'kubernetes:\n  kustomize: auto\n');
    edit('kubernetes/deployment.yaml', 'replicas: 2', 'replicas: 1');
    unlist('networkpolicy.yaml');
    const report = await validate('deploy/bot', repo.root);
    const at = (id: string) => report.findings.filter((f) => f.checkId === id).map((f) => f.severity);
    expect(at('kubernetes/replicas')).toEqual(['info']);
    expect(at('kubernetes/network-policy-coverage')).toEqual(['info']);
  });

  test.each(BROKEN)('%s', async (_name, breakIt, expected) => {
    breakIt();
    const report = await validate('deploy/bot', repo.root);
    const problems = report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.checkId} ${f.file}`);
    expect([...new Set(problems)].sort()).toEqual(expected);
  });
});

describe('the Kubernetes manifests', () => {
  const objects = manifests();
  const deployment = one(objects, 'Deployment');
  const pod = deployment.spec.template.spec as Obj;
  const container = (pod.containers as Obj[]).find((c) => c.name === 'bot') as Obj;

  test('kustomization.yaml lists every manifest of the directory; one container; no Secret is committed', () => {
    expect((pod.containers as Obj[]).map((c) => c.name)).toEqual(['bot']);
    const files = fs.readdirSync(K8S).filter((f) => /\.ya?ml$/.test(f) && f !== 'kustomization.yaml');
    const kustomization = parseYaml(read(path.join(K8S, 'kustomization.yaml')))[0];
    expect([...(kustomization.resources as string[])].sort()).toEqual(files.sort());
    expect(objects.map((o) => o.kind)).not.toContain('Secret');
    expect(objects.map((o) => o.kind).sort()).toEqual([
      'ConfigMap',
      'Deployment',
      'Namespace',
      'NetworkPolicy',
      'PodDisruptionBudget',
      'Service',
      'ServiceAccount',
    ]);
  });

  test('two replicas, spread over nodes, rolled without going below two', () => {
    expect(deployment.spec.replicas).toBe(2);
    expect(deployment.spec.strategy.rollingUpdate).toEqual({ maxUnavailable: 0, maxSurge: 1 });
    expect(pod.topologySpreadConstraints).toContainEqual(
      expect.objectContaining({ topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: deployment.spec.selector }),
    );
  });

  test('the container: the bot command on 3000, probes on /healthz and /readyz, resources', () => {
    expect(container.args).toEqual(['bot', '--port', '3000', '--host', '0.0.0.0']);
    expect(container.ports).toEqual([{ name: 'http', containerPort: 3000, protocol: 'TCP' }]);
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.startupProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
    expect(Object.keys(container.resources.requests as Obj).sort()).toEqual(['cpu', 'memory']);
    expect(Object.keys(container.resources.limits as Obj).sort()).toEqual(['cpu', 'memory']);
  });

  test('locked down: non-root, read-only root, no capabilities, RuntimeDefault seccomp, no service account token', () => {
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } });
    expect(container.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(one(objects, 'ServiceAccount').automountServiceAccountToken).toBe(false);
  });

  test('secrets by reference only: the webhook secret and DATABASE_URL from Secrets, the private key as a mounted file', () => {
    const env = Object.fromEntries((container.env as Obj[]).map((e) => [e.name as string, e]));
    expect(env.STACKGATE_WEBHOOK_SECRET.valueFrom.secretKeyRef).toEqual({ name: 'stackgate-bot-github', key: 'webhook-secret' });
    expect(env.STACKGATE_APP_ID.valueFrom.secretKeyRef).toEqual({ name: 'stackgate-bot-github', key: 'app-id' });
    expect(env.DATABASE_URL.valueFrom.secretKeyRef).toEqual({ name: 'stackgate-bot-database', key: 'url' });
    expect(env.STACKGATE_APP_PRIVATE_KEY).toBeUndefined();
    // The only literal value is the key file's path, and that path is the Secret's key mounted read-only.
    expect(Object.values(env).filter((e) => 'value' in e)).toEqual([env.STACKGATE_APP_PRIVATE_KEY_FILE]);
    const keyFile = env.STACKGATE_APP_PRIVATE_KEY_FILE.value as string;
    const mount = (container.volumeMounts as Obj[]).find((m) => keyFile.startsWith(`${m.mountPath as string}/`));
    expect(mount).toMatchObject({ readOnly: true });
    const volume = (pod.volumes as Obj[]).find((v) => v.name === mount?.name);
    expect(volume?.secret).toMatchObject({ secretName: 'stackgate-bot-github', items: [{ key: 'private-key.pem', path: path.basename(keyFile) }] });
    // Readable by the pod's group (fsGroup), which the container's user is in; 288 is 0440.
    expect(volume?.secret.defaultMode).toBe(0o440);
    expect(pod.securityContext.fsGroup).toBe(pod.securityContext.runAsGroup);
  });

  test('the Service and the PodDisruptionBudget select the pods; the PDB keeps one', () => {
    const labels = deployment.spec.template.metadata.labels as Obj;
    const service = one(objects, 'Service');
    expect(labels).toMatchObject(service.spec.selector as Obj);
    expect(service.spec.ports).toEqual([{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]);
    const pdb = one(objects, 'PodDisruptionBudget');
    expect(pdb.spec).toEqual({ minAvailable: 1, selector: deployment.spec.selector });
  });

  test('the NetworkPolicy: in on 3000 only; out to DNS, HTTPS and PostgreSQL only', () => {
    const policy = one(objects, 'NetworkPolicy');
    expect(policy.spec.podSelector).toEqual(deployment.spec.selector);
    expect(policy.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(policy.spec.ingress).toEqual([{ ports: [{ port: 3000, protocol: 'TCP' }] }]);
    const egressPorts = (policy.spec.egress as Obj[]).flatMap((rule) => (rule.ports as Obj[]).map((p) => `${p.port as number}/${p.protocol as string}`));
    expect(egressPorts.sort()).toEqual(['443/TCP', '53/TCP', '53/UDP', '5432/TCP']);
  });

  test('every object is in the stackgate-bot namespace and the image is pinned (a version, never latest)', () => {
    for (const o of objects.filter((x) => x.kind !== 'Namespace')) expect(o.metadata.namespace).toBe('stackgate-bot');
    expect(container.image).toMatch(/^ghcr\.io\/stackgate\/stackgate-bot:\d+\.\d+\.\d+$/);
    expect(container.imagePullPolicy).toBe('IfNotPresent');
  });
});

describeWithTool({ command: 'kubectl', probeArgs: ['version', '--client'], install: 'install kubectl', suite: 'deploy-bot.test.ts' })(
  'kubectl kustomize deploy/bot/kubernetes',
  () => {
    test('builds offline, and what it builds is the manifests as written', () => {
      const r = spawnSync('kubectl', ['kustomize', K8S], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const built = parseYaml(r.stdout);
      const key = (o: Obj): string => `${o.kind as string}/${o.metadata.name as string}`;
      expect(built.map(key).sort()).toEqual(manifests().map(key).sort());
      expect(one(built, 'Deployment')).toEqual(one(manifests(), 'Deployment'));
    });
  },
);

describe('the Dockerfile', () => {
  const text = read(path.join(BOT, 'Dockerfile'));
  const final = finalStage(text);
  const keyword = (k: string): Instruction[] => final.filter((i) => i.getKeyword() === k);

  test('multi-stage; the image runs as a numeric non-root user, exposes 3000 and checks /healthz', () => {
    expect(DockerfileParser.parse(text).getFROMs().length).toBeGreaterThan(1);
    const users = keyword('USER');
    expect(users.map(argsOf)).toEqual(['1000:1000']);
    expect(keyword('EXPOSE').map(argsOf)).toEqual(['3000']);
    expect(keyword('HEALTHCHECK').map(argsOf).join('')).toContain('http://127.0.0.1:3000/healthz');
    expect(keyword('CMD').map(argsOf)).toEqual(['["bot", "--port", "3000", "--host", "0.0.0.0"]']);
  });

  test('no secret in the image: nothing of the App, the webhook or the database is set at build time', () => {
    const all = DockerfileParser.parse(text).getInstructions();
    const setAtBuild = all
      .filter((i) => i.getKeyword() === 'ENV' || i.getKeyword() === 'ARG')
      .map(argsOf)
      .join('\n');
    expect(setAtBuild).not.toMatch(/STACKGATE_APP|WEBHOOK_SECRET|DATABASE_URL|PRIVATE_KEY/);
  });

  test('the data directory is a volume owned by the user, so the root filesystem can be read-only', () => {
    expect(keyword('ENV').map(argsOf).join(' ')).toContain('STACKGATE_DATA_DIR=/var/lib/stackgate-bot');
    expect(keyword('VOLUME').map(argsOf)).toEqual(['["/var/lib/stackgate-bot"]']);
    expect(keyword('RUN').map(argsOf).join('\n')).toMatch(/chown 1000:1000 \/var\/lib\/stackgate-bot/);
  });

  test('every local COPY source is let through by .dockerignore (the build context is the repository root)', () => {
    const allowed = read(path.join(ROOT, '.dockerignore'))
      .split('\n')
      .filter((l) => l.startsWith('!'))
      .map((l) => l.slice(1));
    const sources = DockerfileParser.parse(text)
      .getInstructions()
      .filter((i): i is Copy => i instanceof Copy && i.getFromFlag() === null)
      .flatMap((i) =>
        i
          .getArguments()
          .slice(0, -1)
          .map((a) => a.getValue()),
      );
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(allowed.some((a) => source === a || source.startsWith(a))).toBe(true);
  });
});

describe('the run-time peers (deploy/bot/runtime)', () => {
  type Lock = { packages: Record<string, { version?: string; integrity?: string }> };
  const own = JSON.parse(read(path.join(ROOT, 'package.json'))) as { peerDependencies: Record<string, string> };
  const runtime = JSON.parse(read(path.join(BOT, 'runtime/package.json'))) as { dependencies: Record<string, string> };

  test("are stackgate's optional peer dependencies, at the same versions", () => {
    expect(runtime.dependencies).toEqual(own.peerDependencies);
  });

  test("the lock installs the very packages stackgate's own lock has (version and integrity)", () => {
    const lock = JSON.parse(read(path.join(BOT, 'runtime/package-lock.json'))) as Lock;
    const rootLock = JSON.parse(read(path.join(ROOT, 'package-lock.json'))) as Lock;
    const installed = Object.entries(lock.packages).filter(([k]) => k !== '');
    expect(installed.map(([k]) => k)).toEqual(expect.arrayContaining(Object.keys(own.peerDependencies).map((n) => `node_modules/${n}`)));
    for (const [name, entry] of installed) {
      expect({ name, version: entry.version, integrity: entry.integrity }).toEqual({
        name,
        version: rootLock.packages[name]?.version,
        integrity: rootLock.packages[name]?.integrity,
      });
    }
  });
});

describe('the App manifest (deploy/bot/app-manifest.json)', () => {
  const manifest = JSON.parse(read(path.join(BOT, 'app-manifest.json'))) as Obj;

  test("uses only GitHub's manifest parameters and is private", () => {
    const PARAMETERS = [
      'name',
      'url',
      'hook_attributes',
      'redirect_url',
      'callback_urls',
      'setup_url',
      'description',
      'public',
      'default_events',
      'default_permissions',
      'request_oauth_on_install',
      'setup_on_update',
    ];
    expect(PARAMETERS).toEqual(expect.arrayContaining(Object.keys(manifest)));
    expect(manifest.public).toBe(false);
    expect(manifest.hook_attributes.url).toMatch(/^https:\/\/.+\/webhook$/);
  });

  test('subscribes to the two events the bot handles, with the permissions they need and no more', () => {
    expect([...(manifest.default_events as string[])].sort()).toEqual(['deployment_protection_rule', 'pull_request']);
    expect(manifest.default_permissions).toEqual({ actions: 'read', contents: 'read', deployments: 'write', metadata: 'read', pull_requests: 'write' });
  });
});

describe('docs/bot.md', () => {
  const doc = read(path.join(ROOT, 'docs/bot.md'));

  test('names every setting of the interface, the endpoints and the metrics', () => {
    const names = [
      'STACKGATE_APP_ID',
      'STACKGATE_APP_PRIVATE_KEY',
      'STACKGATE_APP_PRIVATE_KEY_FILE',
      'STACKGATE_WEBHOOK_SECRET',
      'GITHUB_API_URL',
      'STACKGATE_DATA_DIR',
      'DATABASE_URL',
      'STACKGATE_PUBLIC_URL',
      'POST /webhook',
      'GET /healthz',
      'GET /readyz',
      'GET /metrics',
      'stackgate_bot_deliveries_total',
      'stackgate_bot_verdicts_total',
      'stackgate_bot_queue_depth',
      'stackgate_bot_job_duration_seconds',
      'stackgate_bot_github_rate_limit_remaining',
    ];
    for (const name of names) expect({ name, found: doc.includes(name) }).toEqual({ name, found: true });
  });

  test('its links to files of the repository resolve', () => {
    const links = [...doc.matchAll(/\]\((\.\.\/[^)#\s]+|[\w.-]+\.md)(?:#[^)]*)?\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect({ link, exists: fs.existsSync(path.join(ROOT, 'docs', link)) }).toEqual({ link, exists: true });
  });
});
