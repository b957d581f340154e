/**
 * The Compose driver against a real Docker engine (Debian's dockerd, started for this file with its
 * own socket and data directory; helpers/docker-engine.ts) through Debian's docker-compose 1.29 and,
 * for the `docker compose` (v2) form of the command line, a shim that hands it to the same program.
 * Services run with `network_mode: none` from an image made with `docker import`.
 *
 * Without an engine (skipped with a note outside CI): the bounds of the children (a Compose that
 * hangs is killed with what it started, at the deadline or on cancel), the child's environment and
 * the temporary file, with stand-in programs that record what they were given.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeDriver, type ComposeDriverOptions } from '../../../src/adapters/deploy/compose';
import type { ComposeDeployConfig } from '../../../src/core/config/deploy-schema';
import { DeployFailure, type DeploySource, type DriverContext, type PreviousDeployment } from '../../../src/core/deploy/driver';
import { describeWithDocker, SHELL_IMAGE, SHELL_IMAGE_2, startDockerEngine, type DockerEngine } from '../../helpers/docker-engine';

const SHA = '1'.repeat(40);
const PREVIOUS_SHA = '2'.repeat(40);
const TOKEN = 'tok-9f8e7d6c5b4a3210';
const PREVIOUS_TOKEN = 'tok-previous-0a1b2c3d';
const WEBHOOK_SECRET = 'whsec-never-shown-4d5e6f';

let logs: string[];
let root: string;

beforeEach(() => {
  logs = [];
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-compose-repo-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function source(text: string, over: Partial<DeploySource> = {}): DeploySource {
  return {
    environment: 'dev',
    sha: SHA,
    root,
    composeFile: { text, files: ['compose.yml', 'dev/compose.yml'], stack: 'mcp', projectDirectory: '.' },
    variables: { API_TOKEN: TOKEN },
    ...over,
  };
}

function context(text: string, over: Partial<DriverContext> = {}): DriverContext {
  return {
    source: source(text),
    secrets: { webhookSecret: WEBHOOK_SECRET },
    deadline: Date.now() + 20_000,
    signal: new AbortController().signal,
    log: (line) => logs.push(line),
    now: Date.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    fetch,
    ...over,
  };
}

async function failure(promise: Promise<unknown>): Promise<DeployFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeployFailure);
  return error as DeployFailure;
}

/** Whether a process runs (a zombie, killed and waiting for init to reap it, does not). */
function isAlive(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

/**
 * A context whose deadline falls `ms` after `up` returned (the driver logs it), however long `up`
 * took on a loaded machine: what is bounded here is the verification.
 */
function deadlineAfterUp(text: string, ms: number): DriverContext {
  let deadline = Date.now() + 60_000;
  const ctx = context(text, {
    log: (line) => {
      logs.push(line);
      if (!line.startsWith('compose: up -d took')) return;
      upReturnedAt = Date.now();
      deadline = upReturnedAt + ms;
    },
  });
  Object.defineProperty(ctx, 'deadline', { get: () => deadline });
  return ctx;
}

/** Since `up` returned: the time the verification took. */
function verificationMs(): number {
  const up = logs.find((l) => l.startsWith('compose: up -d took'));
  expect(up).toBeDefined();
  return Date.now() - upReturnedAt;
}
let upReturnedAt = 0;

/** The temporary directories the driver made and did not remove. */
const leftovers = (): string[] => fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('stackgate-compose-'));

describe('composeDriver without an engine', () => {
  let bin: string;
  beforeEach(() => {
    bin = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-compose-bin-'));
  });
  afterEach(() => fs.rmSync(bin, { recursive: true, force: true }));

  /** A stand-in docker-compose: `version` answers, anything else runs `body` (with $RECORD a file of this test). */
  function fakeCompose(body: string): ComposeDriverOptions {
    const program = path.join(bin, 'docker-compose');
    fs.writeFileSync(program, `#!/bin/sh\nRECORD=${bin}/record\nif [ "$1" = version ]; then echo 1.29.2; exit 0; fi\n${body}\n`, { mode: 0o755 });
    return { docker: path.join(bin, 'no-docker'), dockerCompose: program };
  }

  const FILE = `services:\n  web:\n    image: ${SHELL_IMAGE}\n    environment:\n      API_TOKEN: \${API_TOKEN}\n`;

  test('a Compose that hangs is killed at the deadline, with what it started', async () => {
    const options = fakeCompose('sleep 30 & echo $! > "$RECORD"; wait');
    const started = Date.now();
    const e = await failure(composeDriver({ project: 'hang' }, options).deploy(context(FILE, { deadline: Date.now() + 700 })));
    expect(Date.now() - started).toBeLessThan(20_000); // killed long before its sleep 30 would end (a generous bound: machines are noisy)
    expect(e).toMatchObject({ phase: 'timeout', changed: false });
    expect(e.message).toMatch(/^docker-compose config: killed at the deploy's deadline, after \d+ ms$/);
    const grandchild = Number(fs.readFileSync(path.join(bin, 'record'), 'utf8'));
    expect(isAlive(grandchild)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  test('cancelling the deploy kills Compose', async () => {
    const options = fakeCompose('sleep 30');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const started = Date.now();
    const e = await failure(composeDriver({ project: 'cancel' }, options).deploy(context(FILE, { signal: controller.signal })));
    expect(Date.now() - started).toBeLessThan(20_000); // killed long before its sleep 30 would end (a generous bound: machines are noisy)
    expect(e.phase).toBe('timeout');
    expect(e.message).toContain('cancelled');
  });

  test('no Compose at all: a deploy failure that changed nothing, naming both programs', async () => {
    const e = await failure(
      composeDriver({ project: 'none' }, { docker: path.join(bin, 'docker'), dockerCompose: path.join(bin, 'docker-compose') }).deploy(context(FILE)),
    );
    expect(e).toMatchObject({ phase: 'deploy', changed: false });
    expect(e.message).toContain('compose` (the Compose v2 plugin) nor');
    expect(e.message).toContain('(Compose v1)');
  });

  test('variables reach Compose in its environment only; the file is private; action inputs and credentials stay behind', async () => {
    const options = fakeCompose(
      [
        'echo "argv=$*" >> "$RECORD"',
        'while [ $# -gt 0 ]; do if [ "$1" = -f ]; then echo "mode=$(stat -c %a "$2") dir=$(stat -c %a "$(dirname "$2")")" >> "$RECORD"; fi; shift; done',
        'echo "token=$API_TOKEN host=$DOCKER_HOST context=${DOCKER_CONTEXT:-unset} input=${INPUT_GITHUB_TOKEN:-unset} runner=${ACTIONS_RUNTIME_TOKEN:-unset} github=${GITHUB_TOKEN:-unset} hook=${HOOK:-unset} kept=$KEPT" >> "$RECORD"',
        'echo "services: {}"',
      ].join('\n'),
    );
    const env = {
      PATH: process.env.PATH,
      DOCKER_CONTEXT: 'laptop',
      INPUT_GITHUB_TOKEN: 'ghs_input',
      ACTIONS_RUNTIME_TOKEN: 'runtime',
      GITHUB_TOKEN: 'ghs_env',
      HOOK: WEBHOOK_SECRET,
      KEPT: 'inherited',
    };
    const driver = composeDriver({ project: 'mcp-dev', host: 'ssh://deploy@dev-host' }, { ...options, env });
    const plan = await failure(driver.plan(context(FILE)));
    // The stand-in has no docker CLI to list containers with: the plan says so, after `config` ran.
    expect(plan.message).toContain('no-docker is not installed');
    const record = fs.readFileSync(path.join(bin, 'record'), 'utf8');
    expect(record).toMatch(/^argv=-p mcp-dev -f \/\S+\/stackgate-compose-\w+\/compose\.yml --project-directory \/\S+ config$/m);
    expect(record).toContain(`--project-directory ${root} `);
    expect(record).toContain('mode=600 dir=700');
    expect(record).toContain(`token=${TOKEN} host=ssh://deploy@dev-host context=unset input=unset runner=unset github=unset hook=unset kept=inherited`);
    expect(record.split('\n')[0]).not.toContain(TOKEN);
    expect(logs.join('\n')).not.toContain(TOKEN);
    expect(leftovers()).toEqual([]);
  });
});

describeWithDocker('adapters/deploy/compose.test.ts')('composeDriver with a real Docker engine', () => {
  let engine: DockerEngine;
  beforeAll(async () => {
    engine = await startDockerEngine();
  }, 60_000);
  afterAll(() => engine?.stop(), 30_000);

  const config = (project: string): ComposeDeployConfig => ({ project, host: engine.host });
  /** The driver on this engine; a container without a healthcheck counts as running after 0.5 s (3 s by default). */
  const driverFor = (project: string, options: ComposeDriverOptions = {}) => composeDriver(config(project), { minUptimeMs: 500, ...options });

  /** A service of the test image; stopped at once (a shell or sleep as PID 1 ignores SIGTERM, and docker would wait 10 s). */
  const service = (name: string, lines: string[]): string =>
    [`  ${name}:`, `    image: ${SHELL_IMAGE}`, '    network_mode: none', '    stop_grace_period: 0s', ...lines.map((l) => `    ${l}`)].join('\n');
  const file = (...services: string[]): string => `services:\n${services.join('\n')}\n`;

  const WEB = service('web', [
    'command: ["sh", "-c", "sleep 0.3; : > /tmp/ready; exec sleep 600"]',
    'environment:',
    '  API_TOKEN: ${API_TOKEN}',
    'labels:',
    '  release: "${RELEASE:-new}"',
    'healthcheck:',
    '  test: ["CMD-SHELL", "test -f /tmp/ready && test -n \\"$$API_TOKEN\\""]',
    '  interval: 100ms',
    '  retries: 20',
    'depends_on:',
    '  migrate:',
    '    condition: service_completed_successfully',
  ]);
  const WORKER = service('worker', ['command: ["sleep", "600"]']);
  const MIGRATE = service('migrate', ['command: ["sh", "-c", "echo migrated"]']);

  test('deploys, waits for the healthcheck, and reports every service; variables reach the container, never the log', async () => {
    const outcome = await driverFor('happy').deploy(context(file(WEB, WORKER, MIGRATE)));
    const byName = new Map(outcome.items.map((i) => [i.name, i]));
    expect(byName.get('web')).toMatchObject({ action: 'deployed', image: SHELL_IMAGE, detail: 'running, healthy' });
    expect(byName.get('worker')).toMatchObject({ action: 'deployed', detail: 'running (no healthcheck)' });
    expect(byName.get('migrate')).toMatchObject({ action: 'deployed', detail: 'job completed (exit code 0)' });
    expect(outcome.notes[0]).toMatch(/^verified after .+: 3 of 3 services as deployed$/);
    const containers = await engine.inspectProject('happy');
    expect(containers.get('web')!.Config.Env).toContain(`API_TOKEN=${TOKEN}`);
    expect(logs.join('\n')).toMatch(/compose: deploy 1111111 to compose project happy on unix:\/\/\S+ with docker-compose 1\.29/);
    expect(logs.join('\n')).not.toContain(TOKEN);
    expect(leftovers()).toEqual([]);
  });

  test('the v2 command line (`docker compose …`) deploys the same way', async () => {
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-compose-v2-'));
    try {
      // `docker compose` as the plugin would take it, handed to docker-compose 1.29 (the same flags).
      const shim = path.join(bin, 'docker');
      fs.writeFileSync(
        shim,
        '#!/bin/sh\nif [ "$1" = compose ]; then shift; [ "$1" = version ] && { echo 2.99.0; exit 0; }; exec docker-compose "$@"; fi\nexec docker "$@"\n',
        {
          mode: 0o755,
        },
      );
      const outcome = await driverFor('v2', { docker: shim }).deploy(context(file(WORKER)));
      expect(outcome.items).toEqual([expect.objectContaining({ name: 'worker', detail: 'running (no healthcheck)' })]);
      expect(logs.join('\n')).toContain('with docker compose 2.99.0');
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
    }
  });

  test('a container that exits fails verification at once, with its exit code and last output (variables hidden)', async () => {
    const crashing = service('worker', [
      'command: ["sh", "-c", "echo \\"connecting with $$API_TOKEN\\"; echo config missing >&2; exit 3"]',
      'environment:',
      '  API_TOKEN: ${API_TOKEN}',
    ]);
    const started = Date.now();
    const e = await failure(driverFor('exits').deploy(context(file(crashing), { deadline: Date.now() + 120_000 })));
    // At once, not at the deadline two minutes away (a generous bound: machines are noisy).
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(e).toMatchObject({ phase: 'verify', changed: true });
    expect(e.message).toMatch(/^compose project exits did not verify after .+: worker: exited with code 3 \(last output: /);
    expect(e.message).toContain('connecting with ***');
    expect(e.message).toContain('config missing');
    expect(e.message).not.toContain(TOKEN);
    expect(e.items).toEqual([expect.objectContaining({ name: 'worker', detail: 'exited with code 3' })]);
  });

  test('a crash loop under a restart policy fails once the settle time is over, though it runs between crashes', async () => {
    const looping = service('worker', ['command: ["sh", "-c", "echo crashed; sleep 0.2; exit 2"]', 'restart: always']);
    const e = await failure(driverFor('loop', { settleMs: 1500, minUptimeMs: 1000 }).deploy(deadlineAfterUp(file(looping), 20_000)));
    expect(verificationMs()).toBeLessThan(4000);
    expect(e.phase).toBe('verify');
    expect(e.message).toMatch(
      /worker: (restarting \(last exit code 2, \d+ restarts\)|exited with code 2 \(restart policy always\)|running for .+ \(no healthcheck\) after \d+ restarts? since up$)/,
    );
  });

  test('a service that stays unhealthy fails by the deadline, quoting its health check', async () => {
    const unhealthy = service('web', [
      'command: ["sleep", "600"]',
      'healthcheck:',
      '  test: ["CMD-SHELL", "echo upstream not ready; exit 1"]',
      '  interval: 100ms',
      '  retries: 1',
    ]);
    const e = await failure(driverFor('unhealthy').deploy(deadlineAfterUp(file(unhealthy), 1500)));
    expect(verificationMs()).toBeLessThan(3500);
    expect(e.phase).toBe('verify');
    expect(e.message).toContain('web: unhealthy, last check: upstream not ready');
  });

  test('a health check that never reports is a timeout at the deadline', async () => {
    const slow = service('web', ['command: ["sleep", "600"]', 'healthcheck:', '  test: ["CMD-SHELL", "true"]', '  interval: 1h']);
    const e = await failure(driverFor('starting').deploy(deadlineAfterUp(file(slow), 1500)));
    expect(verificationMs()).toBeLessThan(3500);
    expect(e.phase).toBe('timeout');
    expect(e.message).toMatch(/was not verified by the deadline .*: web: running, health starting/);
  });

  test('a file Compose refuses changes nothing', async () => {
    const e = await failure(driverFor('invalid').deploy(context(`services:\n  web:\n    image: ${SHELL_IMAGE}\n    ports: "80"\n    unknownkey: 1\n`)));
    expect(e).toMatchObject({ phase: 'deploy', changed: false });
    expect(e.message).toMatch(/^docker-compose config refused the Compose file: .*unknownkey/);
    expect((await engine.inspectProject('invalid')).size).toBe(0);
  });

  test('capture is the previous deployment files; restore brings them up again with their variables and verifies them', async () => {
    const driver = driverFor('restore');
    const previousSource = source(file(WEB, WORKER, MIGRATE), { sha: PREVIOUS_SHA, variables: { API_TOKEN: PREVIOUS_TOKEN, RELEASE: 'old' } });
    await driver.deploy(context(file(WEB, WORKER, MIGRATE), { source: previousSource }));
    const previous: PreviousDeployment = { sha: PREVIOUS_SHA, deploymentId: 7, source: previousSource };
    // The new commit drops the worker and changes the release label.
    // A context per step, as the use case gives the rollback a budget of its own.
    const ctx = (): DriverContext => context(file(WEB, MIGRATE), { previous });
    const point = await driver.capture(ctx());
    expect(point).toMatchObject({
      driver: 'compose',
      sha: PREVIOUS_SHA,
      description: expect.stringContaining('deployment 7 at 2222222 (compose.yml, dev/compose.yml)'),
    });
    await driver.deploy(ctx());
    let containers = await engine.inspectProject('restore');
    expect([...containers.keys()].sort()).toEqual(['migrate', 'web']);
    expect(containers.get('web')!.Config.Labels.release).toBe('new');

    const restored = await driver.restore(ctx(), point!);
    expect(restored.items.map((i) => `${i.name}: ${i.detail}`).sort()).toEqual([
      'migrate: job completed (exit code 0)',
      'web: running, healthy',
      'worker: running (no healthcheck)',
    ]);
    containers = await engine.inspectProject('restore');
    expect(containers.get('web')!.Config.Labels.release).toBe('old');
    expect(containers.get('web')!.Config.Env).toContain(`API_TOKEN=${PREVIOUS_TOKEN}`);
    expect(logs.join('\n')).toContain('compose: restore 2222222');
    expect(logs.join('\n')).not.toMatch(new RegExp(`${TOKEN}|${PREVIOUS_TOKEN}`));
  });

  test('no previous files: nothing to capture', async () => {
    const driver = driverFor('first');
    await expect(driver.capture(context(file(WORKER)))).resolves.toBeUndefined();
    await expect(driver.capture(context(file(WORKER), { previous: { sha: PREVIOUS_SHA, deploymentId: 3 } }))).resolves.toBeUndefined();
    expect(logs.join('\n')).toContain('no files of deployment 3 at 2222222');
  });

  test('plan compares the new file with what runs, and changes nothing', async () => {
    const driver = driverFor('plan');
    await driver.deploy(context(file(WORKER, service('old', ['command: ["sleep", "600"]']))));
    const before = await engine.docker('ps', '-aq', '--no-trunc', '--filter', 'label=com.docker.compose.project=plan');
    const next = file(WORKER.replace(SHELL_IMAGE, SHELL_IMAGE_2), service('api', ['command: ["sleep", "600"]']));
    const plan = await driver.plan(context(next));
    expect(plan.driver).toBe('compose');
    expect(plan.target).toMatch(/^compose project plan on unix:\/\//);
    expect(plan.items).toEqual([
      { name: 'api', action: 'create', image: SHELL_IMAGE, detail: `new service, image ${SHELL_IMAGE}` },
      { name: 'worker', action: 'update', image: SHELL_IMAGE_2, detail: `image ${SHELL_IMAGE} -> ${SHELL_IMAGE_2}` },
      { name: 'old', action: 'delete', image: SHELL_IMAGE, detail: 'not in the new Compose file: removed (--remove-orphans)' },
    ]);
    expect(await engine.docker('ps', '-aq', '--no-trunc', '--filter', 'label=com.docker.compose.project=plan')).toBe(before);
    const same = await driver.plan(context(file(WORKER, service('old', ['command: ["sleep", "600"]']))));
    expect(same.items.map((i) => i.action)).toEqual(['unchanged', 'unchanged']);
  });
});
