/**
 * The webhook driver against a deploy hook on 127.0.0.1 that checks every signature as a receiver
 * should (HMAC-SHA256 of the raw bytes, compared with crypto.timingSafeEqual), records what it got,
 * and answers as a deploy system would: accepted, refused, failing, hanging, with a status that
 * goes pending -> running -> success or failure, or never ends.
 */
import type { WebhookDeployConfig } from '../../../src/core/config/deploy-schema';
import { DeployFailure, type DeploySource, type DriverContext } from '../../../src/core/deploy/driver';
import { VERSION } from '../../../src/core/version';
import { webhookDriver } from '../../../src/adapters/deploy/webhook';
import { DeployHook, type Answer } from '../../helpers/deploy-hook';

const SECRET = 'whsec-7Hq2LmZ9pXv4RtY8';
const SHA = 'a'.repeat(40);
const PREVIOUS_SHA = 'b'.repeat(40);
const VARIABLE_VALUE = 'db-password-Qw3rTy9';

const source = (over: Partial<DeploySource> = {}): DeploySource => ({
  environment: 'dev',
  sha: SHA,
  root: '/repo',
  composeFile: { text: 'services:\n  mcp:\n    image: ghcr.io/acme/mcp:${TAG}\n', files: ['compose.yml'], stack: 'mcp', projectDirectory: '.' },
  variables: { DB_PASSWORD: VARIABLE_VALUE },
  ...over,
});

let hook: DeployHook;
let logs: string[];
/** Every message and log line of the file's deploys: none may hold the secret. */
const shown: string[] = [];

function context(over: Partial<DriverContext> = {}): DriverContext {
  return {
    source: source(),
    secrets: { webhookSecret: SECRET },
    deadline: Date.now() + 5000,
    signal: new AbortController().signal,
    log: (line) => {
      logs.push(line);
      shown.push(line);
    },
    now: Date.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 20))),
    fetch,
    ...over,
  };
}

const config = (over: Partial<WebhookDeployConfig> = {}): WebhookDeployConfig => ({ url: hook.url('/hook'), pollInterval: 10, ...over });
const withStatus = (over: Partial<WebhookDeployConfig> = {}): WebhookDeployConfig => config({ statusUrl: hook.url('/status'), ...over });

async function failure(promise: Promise<unknown>): Promise<DeployFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeployFailure);
  shown.push((error as DeployFailure).message);
  return error as DeployFailure;
}

beforeEach(async () => {
  logs = [];
  hook = await new DeployHook(SECRET).start();
});
afterEach(() => hook.server.close());

afterAll(() => {
  expect(shown.length).toBeGreaterThan(10);
  for (const line of shown) expect(line).not.toContain(SECRET);
});

describe('webhookDriver deploy', () => {
  test('POSTs the documented payload, signed over its raw bytes, and says a 2xx alone verifies nothing', async () => {
    const outcome = await webhookDriver(config(), { repository: 'acme/mcp-stacks', ref: 'refs/heads/main' }).deploy(context());
    expect(hook.received).toHaveLength(1);
    const [post] = hook.received;
    expect(post).toMatchObject({ method: 'POST', path: '/hook', contentType: 'application/json', isSigned: true });
    expect(post.delivery).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(JSON.parse(post.body)).toEqual({
      action: 'deploy',
      environment: 'dev',
      sha: SHA,
      ref: 'refs/heads/main',
      repository: 'acme/mcp-stacks',
      compose: { stack: 'mcp', files: ['compose.yml'], file: 'services:\n  mcp:\n    image: ghcr.io/acme/mcp:${TAG}\n' },
      sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      stackgate: { version: VERSION },
    });
    // Neither the secret nor the variables travel: the target substitutes ${VAR} itself.
    expect(post.body).not.toContain(SECRET);
    expect(post.body).not.toContain(VARIABLE_VALUE);
    expect(outcome.items).toEqual([{ name: 'dev', action: 'deployed', detail: `deploy at aaaaaaa: hook answered 202` }]);
    expect(outcome.notes).toEqual([expect.stringContaining("not verified beyond the hook's 202 answer (no statusUrl)")]);
    expect(outcome.environmentUrl).toBeUndefined();
    expect(logs.join('\n')).toContain(`answered 202`);
  });

  test('a receiver with another secret refuses the payload: 401, nothing changed, the hint names the header', async () => {
    hook.hook = () => ({ status: 401, json: { error: 'bad signature' } });
    const e = await failure(webhookDriver(config()).deploy(context({ secrets: { webhookSecret: 'another-secret-value' } })));
    expect(hook.received[0].isSigned).toBe(false);
    expect(e).toMatchObject({ phase: 'deploy', changed: false });
    expect(e.message).toContain('answered 401: {"error":"bad signature"}');
    expect(e.message).toContain('X-Stackgate-Signature-256');
  });

  test('a 500 fails with the status and a short body excerpt, the secret redacted out of it', async () => {
    hook.hook = () => ({ status: 500, text: `deploy of ${SECRET} failed:\n${'stack trace line\n'.repeat(100)}` });
    const e = await failure(webhookDriver(config()).deploy(context()));
    expect(e).toMatchObject({ phase: 'deploy', changed: true });
    expect(e.message).toMatch(/^webhook POST 127\.0\.0\.1:\d+\/hook answered 500: deploy of \*\*\* failed: stack trace line stack/);
    expect(e.message).not.toContain(SECRET);
    expect(e.message.length).toBeLessThan(300);
  });

  test('a hook that never answers is given up at the deadline', async () => {
    hook.hook = () => 'hang';
    const started = Date.now();
    const e = await failure(webhookDriver(config()).deploy(context({ deadline: Date.now() + 300 })));
    expect(Date.now() - started).toBeLessThan(15_000); // ended by the deadline, not by the hang (a generous bound: machines are noisy)
    expect(e.phase).toBe('timeout');
    expect(e.message).toMatch(/POST 127\.0\.0\.1:\d+\/hook: no answer within \d+ ms/);
  });

  test('no secret: nothing is sent', async () => {
    const e = await failure(webhookDriver(config()).deploy(context({ secrets: {} })));
    expect(e).toMatchObject({ phase: 'deploy', changed: false });
    expect(e.message).toContain('STACKGATE_WEBHOOK_SECRET');
    expect(hook.received).toEqual([]);
  });

  test('a refused connection changed nothing', async () => {
    const url = hook.url('/hook');
    await hook.server.close();
    const e = await failure(webhookDriver(config({ url })).deploy(context()));
    expect(e).toMatchObject({ phase: 'deploy', changed: false });
    expect(e.message).toContain('ECONNREFUSED');
  });

  test('a redirect is not followed (the signature would travel to wherever it points)', async () => {
    hook.hook = () => ({ status: 307, text: '' });
    const e = await failure(webhookDriver(config()).deploy(context()));
    expect(e.message).toContain('answered 307');
    expect(hook.received).toHaveLength(1);
  });
});

describe('webhookDriver status polling', () => {
  test('polls with the delivery and a signed GET until success; environment_url becomes the outcome URL', async () => {
    const states = ['pending', 'running', 'in_progress'];
    hook.status = (n) =>
      n <= states.length
        ? { status: 200, json: { status: states[n - 1] } }
        : { status: 200, json: { status: 'success', environment_url: 'https://mcp-dev.example.com' } };
    const outcome = await webhookDriver(withStatus()).deploy(context());
    const [post, ...polls] = hook.received;
    expect(polls.map((p) => [p.method, p.path, p.body, p.isSigned])).toEqual(Array(4).fill(['GET', '/status', '', true]));
    expect(new Set(polls.map((p) => p.delivery))).toEqual(new Set([post.delivery]));
    expect(outcome.environmentUrl).toBe('https://mcp-dev.example.com');
    expect(outcome.notes).toEqual([]);
    expect(outcome.items[0].detail).toMatch(/^deploy at aaaaaaa: hook answered 202; status success after /);
  });

  test('a status of failure fails the deploy as not verified, with its description', async () => {
    hook.status = (n) =>
      n === 1 ? { status: 200, json: { status: 'running' } } : { status: 200, json: { status: 'failure', description: 'container mcp exited with code 1' } };
    const e = await failure(webhookDriver(withStatus()).deploy(context()));
    expect(e).toMatchObject({ phase: 'verify', changed: true });
    expect(e.message).toContain('reports failure for delivery');
    expect(e.message).toContain(': container mcp exited with code 1');
    expect(e.items).toEqual([expect.objectContaining({ name: 'dev' })]);
  });

  test('a status that never ends is a timeout at the deadline', async () => {
    hook.status = () => ({ status: 200, json: { status: 'running' } });
    const started = Date.now();
    const e = await failure(webhookDriver(withStatus()).deploy(context({ deadline: Date.now() + 400 })));
    expect(Date.now() - started).toBeLessThan(15_000); // ended by the deadline, not by the hang (a generous bound: machines are noisy)
    expect(e.phase).toBe('timeout');
    // The deadline may fall while the last poll is in flight: its answer never counts then.
    expect(e.message).toMatch(/no final status within the deploy's time \(\d+ polls; last: (status "running"|a poll without an answer)\)/);
    expect(e.message).not.toMatch(/failure|success/);
  });

  test('a status URL that hangs is bounded by the deadline too', async () => {
    hook.status = () => 'hang';
    const started = Date.now();
    const e = await failure(webhookDriver(withStatus()).deploy(context({ deadline: Date.now() + 400 })));
    expect(Date.now() - started).toBeLessThan(15_000); // ended by the deadline, not by the hang (a generous bound: machines are noisy)
    expect(e.phase).toBe('timeout');
  });

  test('404 (delivery not known yet), 503 and a non-JSON answer are waited through; each is logged once', async () => {
    const answers: Answer[] = [
      { status: 404, text: 'unknown delivery' },
      { status: 404, text: 'unknown delivery' },
      { status: 503, text: 'busy' },
      { status: 200, text: '<html>' },
    ];
    hook.status = (n) => answers[n - 1] ?? { status: 200, json: { status: 'success' } };
    await webhookDriver(withStatus()).deploy(context());
    expect(hook.received.filter((r) => r.path === '/status')).toHaveLength(5);
    expect(logs.filter((l) => l.includes('answered 404'))).toHaveLength(1);
    expect(logs.some((l) => l.includes('answered 503'))).toBe(true);
    expect(logs.some((l) => l.includes('200 without a JSON status'))).toBe(true);
  });

  test('a status URL that refuses the signature ends the wait at once', async () => {
    hook.status = () => ({ status: 403, text: 'forbidden' });
    const e = await failure(webhookDriver(withStatus()).deploy(context()));
    expect(e.phase).toBe('verify');
    expect(e.message).toContain('answered 403');
    expect(hook.received.filter((r) => r.path === '/status')).toHaveLength(1);
  });

  test('cancelling the deploy ends the wait', async () => {
    hook.status = () => ({ status: 200, json: { status: 'running' } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const e = await failure(webhookDriver(withStatus()).deploy(context({ signal: controller.signal })));
    expect(e.phase).toBe('timeout');
    expect(e.message).toContain('cancelled');
  });
});

describe('webhookDriver plan, capture, restore', () => {
  test('plan describes the POST and the polling without sending anything', async () => {
    const plan = await webhookDriver(withStatus({ pollInterval: '5s' })).plan(context());
    expect(plan).toEqual({
      driver: 'webhook',
      target: expect.stringMatching(/^webhook POST 127\.0\.0\.1:\d+\/hook$/),
      items: [{ name: 'dev', action: 'update', detail: 'POST action "deploy" at aaaaaaa, signed (X-Stackgate-Signature-256)' }],
      notes: [expect.stringMatching(/^then GET 127\.0\.0\.1:\d+\/status every 5\.00 s until it reports success or failure$/)],
    });
    const unsigned = await webhookDriver(config()).plan(context({ secrets: {} }));
    expect(unsigned.notes).toEqual([
      expect.stringContaining("the hook's 2xx answer is the only verification"),
      expect.stringContaining('refuse to send an unsigned payload'),
    ]);
    expect(hook.received).toEqual([]);
  });

  test('capture is the previous deployment; nothing before the first deployment', async () => {
    const driver = webhookDriver(config());
    await expect(driver.capture(context())).resolves.toBeUndefined();
    await expect(driver.capture(context({ previous: { sha: PREVIOUS_SHA, deploymentId: 41 } }))).resolves.toEqual({
      driver: 'webhook',
      description: 'deployment 41 at bbbbbbb (the hook is asked to roll back to it)',
      sha: PREVIOUS_SHA,
      deploymentId: 41,
    });
    expect(hook.received).toEqual([]);
  });

  test('restore POSTs a rollback to the previous commit with its Compose file, and waits for its status', async () => {
    const previousSource = source({
      sha: PREVIOUS_SHA,
      composeFile: { text: 'services:\n  mcp:\n    image: ghcr.io/acme/mcp:1.3\n', files: ['compose.yml'], stack: 'mcp', projectDirectory: '.' },
    });
    const ctx = context({ previous: { sha: PREVIOUS_SHA, deploymentId: 41, source: previousSource } });
    const driver = webhookDriver(withStatus());
    const point = await driver.capture(ctx);
    const outcome = await driver.restore(ctx, point!);
    const [post, poll] = hook.received;
    expect(post.isSigned && poll.isSigned).toBe(true);
    expect(JSON.parse(post.body)).toMatchObject({
      action: 'rollback',
      sha: PREVIOUS_SHA,
      failedSha: SHA,
      compose: { file: 'services:\n  mcp:\n    image: ghcr.io/acme/mcp:1.3\n' },
    });
    expect(outcome.items[0]).toMatchObject({
      name: 'dev',
      action: 'deployed',
      detail: expect.stringMatching(/^rollback at bbbbbbb: hook answered 202; status success/),
    });
  });

  test('restore without the previous checkout sends the commit alone', async () => {
    const ctx = context({ previous: { sha: PREVIOUS_SHA, deploymentId: 41 } });
    const driver = webhookDriver(config());
    await driver.restore(ctx, (await driver.capture(ctx))!);
    const payload = JSON.parse(hook.received[0].body) as Record<string, unknown>;
    expect(payload).toMatchObject({ action: 'rollback', environment: 'dev', sha: PREVIOUS_SHA, failedSha: SHA });
    expect(payload.compose).toBeUndefined();
  });
});
