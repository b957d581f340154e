/**
 * The Portainer driver against a fake Portainer on 127.0.0.1 (helpers/fake-portainer.ts) that keeps
 * Portainer's traps (Env replaced wholesale, a PUT detaching a Git stack, a redeploy without
 * endpointId going to endpoint 0) and its silent failures (a pull that failed, a container that
 * exits or stays unhealthy, an Edge agent that applies the change later). Time is a fake clock the
 * driver's sleep advances, except where a hanging server must be cut off by a real deadline.
 */
import type { PortainerDeployConfig } from '../../../src/core/config/deploy-schema';
import { DeployFailure, type DeployDriver, type DeploySource, type DriverContext, type RestorePoint } from '../../../src/core/deploy/driver';
import { portainerDriver } from '../../../src/adapters/deploy/portainer';
import { FakePortainer, type FakePortainerOptions } from '../../helpers/fake-portainer';
import { digestOf, healthLogWith } from '../../helpers/fake-portainer-engine';
import { startHttpServer, recorder, type HttpServer } from '../../helpers/hostile-http';

const API_KEY = 'ptr_Zq8sV3kLm2Nx7Tw4Yb6Rc1Hd5Jf9Pg0';
const SHA = 'a1'.repeat(20);
const OTHER_SHA = 'b2'.repeat(20);

const CURRENT_FILE = `services:
  memory:
    image: ghcr.io/acme/mcp-memory:\${MEMORY_TAG}
    healthcheck:
      test: ["CMD", "wget", "-qO-", "http://127.0.0.1:8080/health"]
  time:
    image: ghcr.io/acme/mcp-time:1.0
`;
/** The environment's merged file: a new time image, memory's tag from the Env. */
const MERGED_FILE = CURRENT_FILE.replace('mcp-time:1.0', 'mcp-time:1.1');
const CURRENT_ENV = [
  { name: 'MEMORY_TAG', value: '1.3' },
  { name: 'DB_PASSWORD', value: 'kept-Xy7-value' },
];
const VARIABLES = { MEMORY_TAG: '1.4', LOG_LEVEL: 'debug' };
const MERGED_ENV = [
  { name: 'MEMORY_TAG', value: '1.4' },
  { name: 'DB_PASSWORD', value: 'kept-Xy7-value' },
  { name: 'LOG_LEVEL', value: 'debug' },
];

const SOURCE: DeploySource = {
  environment: 'dev',
  sha: SHA,
  root: '/nonexistent',
  composeFile: { text: MERGED_FILE, files: ['compose.yaml', 'compose.dev.yaml'], stack: 'mcp', projectDirectory: '.' },
  variables: VARIABLES,
};

/** Everything the driver said (logs, messages, outcomes): the API key must be in none of it. */
const said: string[] = [];
const servers: { close(): Promise<void> }[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

afterAll(() => {
  expect(said.length).toBeGreaterThan(50);
  for (const text of said) expect(text).not.toContain(API_KEY);
});

async function portainer(options: Partial<FakePortainerOptions> = {}): Promise<FakePortainer> {
  const fake = await new FakePortainer({
    apiKey: API_KEY,
    endpoints: [{ id: 1 }, { id: 2, edgeAppliesAfterPolls: 3 }, { id: 3, edgeAppliesAfterPolls: Infinity }],
    stacks: [
      { id: 3, name: 'mcp-dev', endpointId: 1, file: CURRENT_FILE, env: CURRENT_ENV },
      { id: 4, name: 'mcp-other', endpointId: 1, file: CURRENT_FILE, env: CURRENT_ENV },
      { id: 5, name: 'mcp-dev', endpointId: 9, file: CURRENT_FILE, env: [] },
    ],
    ...options,
  }).start();
  servers.push(fake);
  return fake;
}

/** A Portainer whose stack mcp-dev (id 7, endpoint 1) is deployed from refs/heads/main, whose head is `head` holding `file`. */
function gitStack(
  head: string,
  file: string,
  over: { env?: typeof CURRENT_ENV; prune?: boolean; authentication?: { username: string; password: string } } = {},
): Partial<FakePortainerOptions> {
  const { env = CURRENT_ENV, prune, authentication } = over;
  const git = { url: 'https://github.com/acme/stacks.git', referenceName: 'refs/heads/main', authentication };
  return { stacks: [{ id: 7, name: 'mcp-dev', endpointId: 1, file, env, prune, git }], repository: { 'refs/heads/main': { hash: head, file } } };
}

function driverFor(fake: FakePortainer, over: Partial<PortainerDeployConfig> = {}): DeployDriver {
  return portainerDriver({ url: fake.url, endpoint: 1, stack: 'mcp-dev', edge: false, edgeGrace: '60s', ...over });
}

/** A context on a fake clock that the driver's sleep advances; `realClock` for a deadline that must cut a hang. */
function contextFor(options: { source?: Partial<DeploySource>; deadlineMs?: number; realClock?: boolean; apiKey?: string } = {}): DriverContext {
  let clock = Date.now();
  return {
    source: { ...SOURCE, ...options.source },
    secrets: { portainerApiKey: 'apiKey' in options ? options.apiKey : API_KEY },
    deadline: clock + (options.deadlineMs ?? 5 * 60_000),
    signal: new AbortController().signal,
    log: (line) => said.push(line),
    now: options.realClock ? Date.now : () => clock,
    sleep: options.realClock
      ? (ms) => new Promise((resolve) => setTimeout(resolve, ms))
      : async (ms) => {
          clock += ms;
          await new Promise((resolve) => setImmediate(resolve));
        },
    fetch,
  };
}

async function succeeded<T>(promise: Promise<T>): Promise<T> {
  const result = await promise;
  said.push(JSON.stringify(result));
  return result;
}

async function failureOf(promise: Promise<unknown>): Promise<DeployFailure> {
  try {
    said.push(JSON.stringify(await promise));
  } catch (e) {
    said.push(String(e), JSON.stringify(e), (e as Error).stack ?? '');
    if (e instanceof DeployFailure) return e;
    throw e;
  }
  throw new Error('expected a DeployFailure');
}

describe('a file stack', () => {
  test('gets the merged Compose file with its Env merged, not wiped, and is verified on the new images', async () => {
    const fake = await portainer();
    const outcome = await succeeded(driverFor(fake).deploy(contextFor()));

    expect(fake.writes()).toEqual(['PUT /api/stacks/3?endpointId=1']);
    const put = fake.requests.find((r) => r.method === 'PUT')!;
    expect(put.body).toEqual({ StackFileContent: MERGED_FILE, Env: MERGED_ENV, PullImage: true });
    expect(fake.stack('mcp-dev').env).toEqual(MERGED_ENV);
    expect(fake.stack('mcp-dev').file).toBe(MERGED_FILE);
    expect(outcome.items).toEqual([
      { name: 'memory', action: 'deployed', image: 'ghcr.io/acme/mcp-memory:1.4', digest: digestOf('ghcr.io/acme/mcp-memory:1.4'), detail: 'running, healthy' },
      { name: 'time', action: 'deployed', image: 'ghcr.io/acme/mcp-time:1.1', digest: digestOf('ghcr.io/acme/mcp-time:1.1'), detail: 'running' },
    ]);
    expect(outcome.notes).toContain('Env adds LOG_LEVEL; updates MEMORY_TAG; keeps 1 entry (values not shown)');
    expect(outcome.notes.join('\n')).not.toContain('kept-Xy7-value');
    // Containers are found by the stack's Compose project through the endpoint's Docker proxy.
    const list = fake.requests.find((r) => r.path === '/api/endpoints/1/docker/containers/json')!;
    expect(list.query).toEqual({ all: '1', filters: JSON.stringify({ label: ['com.docker.compose.project=mcp-dev'] }) });
    expect(fake.requests.every((r) => r.apiKey === API_KEY)).toBe(true);
  });

  test('reads Portainer answers in the swagger camelCase as in Go field names', async () => {
    const fake = await portainer({ camelCase: true });
    const outcome = await succeeded(driverFor(fake).deploy(contextFor()));
    expect(fake.writes()).toEqual(['PUT /api/stacks/3?endpointId=1']);
    expect(fake.stack('mcp-dev').env).toEqual(MERGED_ENV);
    expect(outcome.items.map((i) => i.image)).toEqual(['ghcr.io/acme/mcp-memory:1.4', 'ghcr.io/acme/mcp-time:1.1']);
  });

  test('a pull that failed behind a Portainer success: the old image still runs, and the deploy fails saying so', async () => {
    const fake = await portainer({ images: { 'ghcr.io/acme/mcp-time:1.1': 'pull-fails' } });
    const failure = await failureOf(driverFor(fake).deploy(contextFor()));
    expect(failure.phase).toBe('verify');
    expect(failure.changed).toBe(true);
    expect(failure.message).toMatch(
      /^stack mcp-dev did not verify after .*: time: image still old: runs ghcr\.io\/acme\/mcp-time:1\.0, expected ghcr\.io\/acme\/mcp-time:1\.1 \(the new image did not replace it; its pull may have failed\)$/,
    );
    expect(failure.items.find((i) => i.name === 'memory')).toMatchObject({ image: 'ghcr.io/acme/mcp-memory:1.4', detail: 'running, healthy' });
  });

  test('a container that exits after a successful update fails the deploy with its exit code', async () => {
    const fake = await portainer({ images: { 'ghcr.io/acme/mcp-time:1.1': 'exits' } });
    const failure = await failureOf(driverFor(fake).deploy(contextFor()));
    expect(failure.phase).toBe('verify');
    expect(failure.message).toMatch(/: time: exited with code 1$/);
  });

  test('a container that never becomes healthy fails the deploy with the last line of its health log, Env values hidden', async () => {
    const fake = await portainer({ images: { 'ghcr.io/acme/mcp-memory:1.4': 'unhealthy' } });
    const from = said.length;
    const failure = await failureOf(driverFor(fake).deploy(contextFor()));
    expect(failure.phase).toBe('verify');
    expect(failure.message).toContain(`memory: unhealthy: ${healthLogWith('***')}`);
    // The health check quoted the stack's DB_PASSWORD: hidden in the message, the items and the log.
    expect(JSON.stringify([failure.message, failure.items, said.slice(from)])).not.toContain('kept-Xy7-value');
  });

  test('a healthcheck still starting is waited for', async () => {
    const fake = await portainer({ images: { 'ghcr.io/acme/mcp-memory:1.4': 'slow-health' } });
    const outcome = await succeeded(driverFor(fake).deploy(contextFor()));
    expect(outcome.items.find((i) => i.name === 'memory')).toMatchObject({ image: 'ghcr.io/acme/mcp-memory:1.4', detail: 'running, healthy' });
    expect(said.some((l) => /memory: running, health starting/.test(l))).toBe(true);
  });

  test('an image whose variable no Env sets is checked for running only, and the outcome says so', async () => {
    const fake = await portainer();
    const text = MERGED_FILE.replace('mcp-time:1.1', 'mcp-time:${TIME_TAG}');
    const outcome = await succeeded(driverFor(fake).deploy(contextFor({ source: { composeFile: { ...SOURCE.composeFile!, text } } })));
    expect(outcome.notes).toContain(
      "time: image ghcr.io/acme/mcp-time:${TIME_TAG} not resolved (TIME_TAG is not in the stack's Env); checked that it runs only",
    );
  });

  test('services that share an image with no registry digest (built on the host): one inspection per image, no digest reported', async () => {
    const fake = await portainer();
    const text = `${MERGED_FILE}  worker:\n    image: ghcr.io/acme/mcp-time:1.1\n`;
    fake.script('GET', /\/docker\/images\//, (req) => ({ status: 200, body: { Id: decodeURIComponent(req.path.split('/')[6]), RepoDigests: [] } }), 3);
    const outcome = await succeeded(driverFor(fake).deploy(contextFor({ source: { composeFile: { ...SOURCE.composeFile!, text } } })));
    const inspected = fake.requests.filter((r) => r.path.includes('/docker/images/')).map((r) => r.path);
    expect(inspected).toHaveLength(2);
    expect(new Set(inspected).size).toBe(2);
    expect(outcome.items.map((i) => [i.name, i.image, i.digest])).toEqual([
      ['memory', 'ghcr.io/acme/mcp-memory:1.4', undefined],
      ['time', 'ghcr.io/acme/mcp-time:1.1', undefined],
      ['worker', 'ghcr.io/acme/mcp-time:1.1', undefined],
    ]);
  });

  test('an environment without a Compose file changes nothing', async () => {
    const fake = await portainer();
    const failure = await failureOf(driverFor(fake).deploy(contextFor({ source: { composeFile: undefined } })));
    expect(failure).toMatchObject({ phase: 'deploy', changed: false, message: 'no Compose file for environment dev: nothing to give file stack mcp-dev' });
    expect(fake.writes()).toEqual([]);
  });
});

describe('a Git stack', () => {
  test('is redeployed at its ref with its Env merged, prune option and stored credentials; never PUT (which would detach it)', async () => {
    const fake = await portainer(gitStack(SHA, MERGED_FILE, { prune: true, authentication: { username: 'deploy-bot', password: 'git-pat-1' } }));
    const outcome = await succeeded(driverFor(fake).deploy(contextFor()));

    expect(fake.writes()).toEqual(['PUT /api/stacks/7/git/redeploy?endpointId=1']);
    expect(fake.requests.find((r) => r.method === 'PUT')!.body).toEqual({
      RepositoryReferenceName: 'refs/heads/main',
      RepositoryAuthentication: true,
      RepositoryUsername: 'deploy-bot',
      RepositoryPassword: '',
      Env: MERGED_ENV,
      Prune: true,
      PullImage: true,
    });
    const stack = fake.stack('mcp-dev');
    expect(stack.detachedFromGit).toBeUndefined();
    expect(stack.git).toMatchObject({ referenceName: 'refs/heads/main', configHash: SHA });
    expect(stack.env).toEqual(MERGED_ENV);
    expect(outcome.items.map((i) => i.image)).toEqual(['ghcr.io/acme/mcp-memory:1.4', 'ghcr.io/acme/mcp-time:1.1']);
    expect(outcome.notes[0]).toBe(`Git stack: Portainer redeployed refs/heads/main at ${SHA.slice(0, 12)}`);
  });

  test('a ref whose head is another commit is a verification failure naming the commit Portainer deployed', async () => {
    const fake = await portainer(gitStack(OTHER_SHA, MERGED_FILE, { prune: true, authentication: { username: 'deploy-bot', password: 'git-pat-1' } }));
    const failure = await failureOf(driverFor(fake).deploy(contextFor()));
    expect(failure.phase).toBe('verify');
    expect(failure.changed).toBe(true);
    expect(failure.message).toBe(
      `Portainer deployed refs/heads/main at commit ${OTHER_SHA.slice(0, 12)}, not ${SHA.slice(0, 12)} (the commit this run deploys): the branch has moved on, or the commit is not on it`,
    );
  });
  test('a failure after the redeploy says that the stack changed (so the use case rolls back)', async () => {
    const fake = await portainer(gitStack(SHA, MERGED_FILE));
    fake.script('GET', /^\/api\/stacks\/7\/file$/, {
      status: 500,
      body: { message: 'Unable to retrieve Compose file from disk', details: 'open /data/compose/7/docker-compose.yml: no such file or directory' },
    });
    const failure = await failureOf(driverFor(fake).deploy(contextFor({ source: { composeFile: undefined } })));
    expect(failure).toMatchObject({ phase: 'deploy', changed: true });
    expect(failure.message).toMatch(
      /^read the Compose file of stack mcp-dev: GET .*\/api\/stacks\/7\/file answered 500: "Unable to retrieve Compose file from disk"/,
    );
    expect(fake.writes()).toEqual(['PUT /api/stacks/7/git/redeploy?endpointId=1']);
  });
});

describe('an Edge endpoint', () => {
  test('applies the change later: polling within the grace period sees it through', async () => {
    const fake = await portainer({ stacks: [{ id: 3, name: 'mcp-dev', endpointId: 2, file: CURRENT_FILE, env: CURRENT_ENV }] });
    const from = said.length;
    const outcome = await succeeded(driverFor(fake, { endpoint: 2, edge: true, edgeGrace: '60s' }).deploy(contextFor()));
    expect(said.slice(from).some((l) => l.includes('memory: image still old: runs ghcr.io/acme/mcp-memory:1.3'))).toBe(true);
    expect(outcome.items.map((i) => i.image)).toEqual(['ghcr.io/acme/mcp-memory:1.4', 'ghcr.io/acme/mcp-time:1.1']);
    expect(outcome.notes.some((n) => /^Edge endpoint: the change showed after .* \(grace period 1 m 0 s\)$/.test(n))).toBe(true);
  });

  test('that never applies the change fails once the grace period is over, saying what still runs', async () => {
    const fake = await portainer({ stacks: [{ id: 3, name: 'mcp-dev', endpointId: 3, file: CURRENT_FILE, env: CURRENT_ENV }] });
    const failure = await failureOf(driverFor(fake, { endpoint: 3, edge: true, edgeGrace: '20s' }).deploy(contextFor()));
    expect(failure.phase).toBe('verify');
    expect(failure.message).toContain('(Edge endpoint: its agent had a grace period of 20.0 s to apply the change)');
    expect(failure.message).toContain('memory: image still old: runs ghcr.io/acme/mcp-memory:1.3, expected ghcr.io/acme/mcp-memory:1.4');
    expect(failure.message).toContain('time: image still old: runs ghcr.io/acme/mcp-time:1.0');
  });
});

describe('Portainer failures', () => {
  test('401: the API key is rejected, nothing changed', async () => {
    const fake = await portainer();
    const failure = await failureOf(driverFor(fake).deploy(contextFor({ apiKey: 'ptr_revoked-key-0000' })));
    expect(failure).toMatchObject({ phase: 'deploy', changed: false });
    expect(failure.message).toBe(
      `list the stacks of endpoint 1: GET 127.0.0.1:${new URL(fake.url).port}/api/stacks answered 401: "Unauthorized" (A valid authorisation token is missing): Portainer rejects the API key (expired, revoked or made on another Portainer); set a current one (PORTAINER_API_KEY, or the portainer-api-key input)`,
    );
    expect(failure.message).not.toContain('ptr_revoked-key-0000');
  });

  test('no API key: nothing is asked', async () => {
    const fake = await portainer();
    const failure = await failureOf(driverFor(fake).deploy(contextFor({ apiKey: undefined })));
    expect(failure).toMatchObject({ phase: 'deploy', changed: false });
    expect(failure.message).toMatch(/^no Portainer API key/);
    expect(fake.requests).toEqual([]);
  });

  test('a stack that is not on the endpoint is named with the endpoint and the stacks there', async () => {
    const fake = await portainer();
    const failure = await failureOf(driverFor(fake, { stack: 'mcp-prod' }).deploy(contextFor()));
    expect(failure).toMatchObject({ phase: 'deploy', changed: false });
    expect(failure.message).toBe(
      'no stack named mcp-prod on Portainer endpoint 1 (its stacks: mcp-dev, mcp-other): create the stack in Portainer, or correct deploy.portainer.stack and endpoint',
    );
  });

  test('404 on the update (the stack was removed meanwhile): Portainer changed nothing', async () => {
    const fake = await portainer();
    fake.script('PUT', /^\/api\/stacks\/3$/, {
      status: 404,
      body: { message: 'Unable to find a stack with the specified identifier inside the database', details: 'Object not found inside the database' },
    });
    const failure = await failureOf(driverFor(fake).deploy(contextFor()));
    expect(failure).toMatchObject({ phase: 'deploy', changed: false });
    expect(failure.message).toMatch(
      /^update stack mcp-dev: PUT 127\.0\.0\.1:\d+\/api\/stacks\/3 answered 404: "Unable to find a stack with the specified identifier inside the database" \(Object not found inside the database\): not found/,
    );
  });

  test.each([
    [403, 'Access denied to resource', "the API key's user may not do this; it needs access to endpoint 1 and to the stack"],
    [
      409,
      'Unable to update the stack: an operation is in progress',
      'Portainer reports a conflict, another change to the stack may be under way; retry once it ends',
    ],
  ])('%i on the update is refused with a sentence, and nothing changed', async (status, message, hint) => {
    const fake = await portainer();
    fake.script('PUT', /^\/api\/stacks\/3$/, { status, body: { message, details: message } });
    const failure = await failureOf(driverFor(fake).deploy(contextFor()));
    expect(failure).toMatchObject({ phase: 'deploy', changed: false });
    expect(failure.message).toMatch(new RegExp(`^update stack mcp-dev: PUT 127\\.0\\.0\\.1:\\d+/api/stacks/3 answered ${status}: "`));
    expect(failure.message).toContain(`"${message}": ${hint}`);
  });

  test('500 on the update: Compose failed, its error is shown, and the stack may have changed', async () => {
    const fake = await portainer();
    fake.script('PUT', /^\/api\/stacks\/3$/, {
      status: 500,
      body: {
        message: 'failed to deploy a stack: compose up operation failed',
        details: 'Error response from daemon: manifest for ghcr.io/acme/mcp-time:1.1 not found',
      },
    });
    const failure = await failureOf(driverFor(fake).deploy(contextFor()));
    expect(failure).toMatchObject({ phase: 'deploy', changed: true });
    expect(failure.message).toContain(
      'answered 500: "failed to deploy a stack: compose up operation failed" (Error response from daemon: manifest for ghcr.io/acme/mcp-time:1.1 not found)',
    );
  });

  test('a Portainer that never answers is cut off by the deadline, before anything changed', async () => {
    const fake = await portainer();
    fake.script('GET', /^\/api\/stacks$/, 'hang');
    const failure = await failureOf(driverFor(fake).deploy(contextFor({ realClock: true, deadlineMs: 300 })));
    expect(failure).toMatchObject({ phase: 'timeout', changed: false });
    expect(failure.message).toMatch(/^list the stacks of endpoint 1: GET 127\.0\.0\.1:\d+\/api\/stacks: no answer within \d+ ms$/);
  });

  test('an update that never answers is cut off by the deadline, and may have changed the stack', async () => {
    const fake = await portainer();
    fake.script('PUT', /^\/api\/stacks\/3$/, 'hang');
    const failure = await failureOf(driverFor(fake).deploy(contextFor({ realClock: true, deadlineMs: 400 })));
    expect(failure).toMatchObject({ phase: 'timeout', changed: true });
    expect(failure.message).toMatch(/^update stack mcp-dev: PUT .*: no answer within \d+ ms$/);
  });

  test('a Docker proxy that stops answering during verification ends it at the deadline', async () => {
    const fake = await portainer();
    fake.script('GET', /\/docker\/containers\/json$/, 'hang', 100);
    const failure = await failureOf(driverFor(fake).deploy(contextFor({ realClock: true, deadlineMs: 400 })));
    expect(failure).toMatchObject({ phase: 'timeout', changed: true });
    expect(failure.message).toMatch(
      /^stack mcp-dev was not verified by the deadline .*: no check completed; the last check failed: list the containers of stack mcp-dev: GET .*: no answer within \d+ ms$/,
    );
  });

  test('a redirect is not followed, so the API key never reaches another server', async () => {
    const fake = await portainer();
    const elsewhere: HttpServer = await startHttpServer(recorder);
    servers.push(elsewhere);
    fake.script('GET', /^\/api\/stacks$/, { status: 301, headers: { location: `${elsewhere.origin}/api/stacks` } });
    const failure = await failureOf(driverFor(fake).deploy(contextFor()));
    expect(failure).toMatchObject({ phase: 'deploy', changed: false });
    expect(failure.message).toContain(`answered 301, a redirect to 127.0.0.1:${elsewhere.port}/api/stacks: not followed`);
    expect(elsewhere.requests).toEqual([]);
  });

  test('a server that echoes the API key back does not get it into the message', async () => {
    const fake = await portainer();
    fake.script('GET', /^\/api\/stacks$/, (req) => ({
      status: 403,
      body: { message: 'Access denied to resource', details: `key ${req.apiKey} lacks access` },
    }));
    const failure = await failureOf(driverFor(fake).deploy(contextFor()));
    expect(failure.message).toContain('answered 403: "Access denied to resource" (key *** lacks access)');
    expect(failure.message).toContain("the API key's user may not do this; it needs access to endpoint 1 and to the stack");
  });
});

describe('plan', () => {
  test('diffs the services of the stack file and the merged one, read-only, Env by names only', async () => {
    const fake = await portainer();
    const next = `${MERGED_FILE}  search:\n    image: ghcr.io/acme/mcp-search:2.0\n`;
    const current = `${CURRENT_FILE}  legacy:\n    image: ghcr.io/acme/mcp-legacy:0.9\n`;
    fake.stack('mcp-dev').file = current;
    const plan = await succeeded(driverFor(fake).plan(contextFor({ source: { composeFile: { ...SOURCE.composeFile!, text: next } } })));
    expect(plan).toEqual({
      driver: 'portainer',
      target: `portainer ${fake.url} endpoint 1 stack mcp-dev`,
      items: [
        { name: 'memory', action: 'update', image: 'ghcr.io/acme/mcp-memory:1.4', detail: 'image ghcr.io/acme/mcp-memory:1.3 -> ghcr.io/acme/mcp-memory:1.4' },
        { name: 'time', action: 'update', image: 'ghcr.io/acme/mcp-time:1.1', detail: 'image ghcr.io/acme/mcp-time:1.0 -> ghcr.io/acme/mcp-time:1.1' },
        { name: 'search', action: 'create', image: 'ghcr.io/acme/mcp-search:2.0', detail: 'new service, image ghcr.io/acme/mcp-search:2.0' },
        { name: 'legacy', action: 'delete', image: 'ghcr.io/acme/mcp-legacy:0.9', detail: 'not in the new Compose file' },
      ],
      notes: ['Env adds LOG_LEVEL; updates MEMORY_TAG; keeps 1 entry (values not shown)'],
    });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/stacks', 'GET /api/stacks/3/file']);
  });

  test('an unchanged service is unchanged; a Git stack says which ref Portainer redeploys', async () => {
    const fake = await portainer(gitStack(OTHER_SHA, MERGED_FILE, { env: MERGED_ENV }));
    const plan = await succeeded(driverFor(fake).plan(contextFor()));
    expect(plan.items.map((i) => [i.name, i.action, i.detail])).toEqual([
      ['memory', 'unchanged', 'image ghcr.io/acme/mcp-memory:1.4'],
      ['time', 'unchanged', 'image ghcr.io/acme/mcp-time:1.1'],
    ]);
    expect(plan.notes).toEqual([
      'Env keeps 3 entries (values not shown)',
      `Git stack: Portainer redeploys its ref refs/heads/main of https://github.com/acme/stacks.git, at commit ${OTHER_SHA.slice(0, 12)} now; the deploy verifies that it deploys ${SHA.slice(0, 12)}`,
    ]);
    expect(fake.writes()).toEqual([]);
  });
});

describe('capture and restore', () => {
  test('a file stack: the captured file and Env go back and are verified on the old images', async () => {
    const fake = await portainer({ images: { 'ghcr.io/acme/mcp-time:1.1': 'exits' } });
    const driver = driverFor(fake);
    const point = (await succeeded(driver.capture(contextFor())))!;
    expect(point.description).toBe('stack mcp-dev: its Compose file and 2 Env entries');
    await failureOf(driver.deploy(contextFor()));
    expect(fake.stack('mcp-dev').env).toEqual(MERGED_ENV);

    const outcome = await succeeded(driver.restore(contextFor(), JSON.parse(JSON.stringify(point)) as RestorePoint));
    expect(fake.writes()).toEqual(['PUT /api/stacks/3?endpointId=1', 'PUT /api/stacks/3?endpointId=1']);
    expect(fake.stack('mcp-dev').file).toBe(CURRENT_FILE);
    expect(fake.stack('mcp-dev').env).toEqual(CURRENT_ENV);
    expect(outcome.items.map((i) => [i.name, i.image, i.detail])).toEqual([
      ['memory', 'ghcr.io/acme/mcp-memory:1.3', 'running, healthy'],
      ['time', 'ghcr.io/acme/mcp-time:1.0', 'running'],
    ]);
    expect(outcome.notes[0]).toBe('restored stack mcp-dev: its Compose file and 2 Env entries');
  });

  test('a Git stack is restored by redeploying its ref; a ref that moved on cannot bring the captured commit back, and says so', async () => {
    const fake = await portainer(gitStack(OTHER_SHA, CURRENT_FILE));
    const driver = driverFor(fake);
    const point = (await succeeded(driver.capture(contextFor())))!;
    expect(point).toMatchObject({
      description: `Git stack mcp-dev at refs/heads/main commit ${OTHER_SHA.slice(0, 12)}`,
      git: { referenceName: 'refs/heads/main', configHash: OTHER_SHA },
    });

    fake.repository['refs/heads/main'] = { hash: SHA, file: MERGED_FILE };
    await succeeded(driver.deploy(contextFor()));
    const failure = await failureOf(driver.restore(contextFor(), point));
    expect(failure.phase).toBe('verify');
    expect(failure.message).toBe(
      `Portainer deployed refs/heads/main at commit ${SHA.slice(0, 12)}, not ${OTHER_SHA.slice(0, 12)} (the commit captured before the deploy): a Git stack follows its ref; revert the commit on the branch to restore it`,
    );

    fake.repository['refs/heads/main'] = { hash: OTHER_SHA, file: CURRENT_FILE };
    const outcome = await succeeded(driver.restore(contextFor(), point));
    expect(fake.stack('mcp-dev').env).toEqual(CURRENT_ENV);
    expect(fake.writes().every((w) => w === 'PUT /api/stacks/7/git/redeploy?endpointId=1')).toBe(true);
    expect(outcome.items.map((i) => i.image)).toEqual(['ghcr.io/acme/mcp-memory:1.3', 'ghcr.io/acme/mcp-time:1.0']);
  });

  test('a restore point the driver did not capture restores nothing', async () => {
    const fake = await portainer();
    const failure = await failureOf(driverFor(fake).restore(contextFor(), { driver: 'portainer', description: 'made up' }));
    expect(failure).toMatchObject({ phase: 'deploy', changed: false });
    expect(failure.message).toMatch(/^the restore point is not one the Portainer driver captured/);
    expect(fake.requests).toEqual([]);
  });
});

describe('the fake Portainer keeps the traps the driver must avoid', () => {
  const call = (fake: FakePortainer, method: string, path: string, body?: unknown) =>
    fetch(`${fake.url}${path}`, {
      method,
      headers: { 'X-API-Key': API_KEY, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as unknown }));

  test('PUT without endpointId is refused; PUT without Env wipes it; PUT on a Git stack detaches it', async () => {
    const fake = await portainer(gitStack(SHA, CURRENT_FILE));
    expect(await call(fake, 'PUT', '/api/stacks/7', { StackFileContent: MERGED_FILE })).toEqual({
      status: 400,
      body: { message: 'Invalid query parameter: endpointId', details: 'missing query parameter' },
    });
    expect((await call(fake, 'PUT', '/api/stacks/7?endpointId=1', { stackfilecontent: MERGED_FILE })).status).toBe(200);
    expect(fake.stack('mcp-dev')).toMatchObject({ env: [], git: null, detachedFromGit: true, file: MERGED_FILE });
  });

  test('a Git redeploy without endpointId goes to endpoint 0: 404', async () => {
    const fake = await portainer(gitStack(SHA, CURRENT_FILE));
    const answer = await call(fake, 'PUT', '/api/stacks/7/git/redeploy', { RepositoryReferenceName: 'refs/heads/main', Env: CURRENT_ENV });
    expect(answer).toEqual({
      status: 404,
      body: { message: 'Unable to find the environment associated to the stack inside the database', details: 'Object not found inside the database' },
    });
  });
});
