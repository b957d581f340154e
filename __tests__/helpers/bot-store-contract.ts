/**
 * What every backend of the bot's storage does (the embedded database and a PostgreSQL server):
 * the queue's states and leases and the audit records, asserted through BotStore alone.
 * `fresh()` gives an empty, migrated store and a `reopen()` of the same database (a restart).
 */
import type { BotStore, NewDelivery } from '../../src/adapters/bot-store/store';
import { RecordingLogger } from './recording-logger';

export interface FreshStore {
  store: BotStore;
  /** Opens the same database again (after `store.close()`: a restart). */
  reopen(log?: RecordingLogger): Promise<BotStore>;
}

export const delivery = (deliveryId: string, extra: Partial<NewDelivery> = {}): NewDelivery => ({
  deliveryId,
  event: 'deployment_protection_rule',
  action: 'requested',
  installationId: 4_200_000_001,
  repository: 'octo/app',
  payload: { deliveryId, nested: [1, 'two', { three: null }], text: 'naïve ✓ "quoted" \u0000' },
  ...extra,
});

const HOUR = 3_600_000;

export function describeStoreContract(fresh: (log: RecordingLogger) => Promise<FreshStore>): void {
  let log: RecordingLogger;
  let store: BotStore;
  let reopen: FreshStore['reopen'];
  const open: BotStore[] = [];
  beforeEach(async () => {
    log = new RecordingLogger();
    ({ store, reopen } = await fresh(log));
    open.push(store);
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  const warnings = (): string[] => log.lines.filter((l) => l.level === 'warning').map((l) => l.message);

  test('a delivery is queued once: a redelivery of its id is a duplicate, whatever its state', async () => {
    expect(await store.queue.enqueue(delivery('d1'))).toBe('queued');
    expect(await store.queue.enqueue(delivery('d1', { event: 'push', payload: { other: true } }))).toBe('duplicate');
    const job = await store.queue.claim('w1', HOUR);
    await store.queue.complete(job!.id, 'w1', 'approved');
    expect(await store.queue.enqueue(delivery('d1'))).toBe('duplicate');
    expect(await store.queue.depth()).toEqual({ queued: 0, running: 0, done: 1, dead: 0 });
  });

  test('get returns the delivery as enqueued, and undefined for an unknown id', async () => {
    await store.queue.enqueue(delivery('d1'));
    await store.queue.enqueue({ deliveryId: 'bare', event: 'ping', payload: [1, 2] });
    expect(await store.queue.get('d1')).toMatchObject({ ...delivery('d1'), state: 'queued', attempts: 0 });
    const bare = await store.queue.get('bare');
    expect(bare).toMatchObject({ deliveryId: 'bare', event: 'ping', payload: [1, 2], state: 'queued' });
    expect(bare).not.toHaveProperty('action');
    expect(bare).not.toHaveProperty('installationId');
    expect(bare).not.toHaveProperty('claimedAt');
    expect(bare!.receivedAt).toBeInstanceOf(Date);
    expect(await store.queue.get('nope')).toBeUndefined();
  });

  test('claims take the oldest due job first, each once, then nothing', async () => {
    for (const id of ['a', 'b', 'c']) await store.queue.enqueue(delivery(id));
    const claimed = [await store.queue.claim('w1', HOUR), await store.queue.claim('w2', HOUR), await store.queue.claim('w1', HOUR)];
    expect(claimed.map((j) => j?.deliveryId)).toEqual(['a', 'b', 'c']);
    expect(claimed[0]).toMatchObject({ ...delivery('a'), attempts: 1 });
    expect(claimed[0]!.claimedAt).toBeInstanceOf(Date);
    expect(await store.queue.claim('w2', HOUR)).toBeUndefined();
    expect(await store.queue.get('b')).toMatchObject({ state: 'running', workerId: 'w2' });
    expect(await store.queue.depth()).toEqual({ queued: 0, running: 3, done: 0, dead: 0 });
  });

  test('a job whose lease expired (its worker crashed) is claimed again, attempts counted; the old worker no longer holds it', async () => {
    await store.queue.enqueue(delivery('d1'));
    const first = await store.queue.claim('crashed', 0);
    const second = await store.queue.claim('w2', HOUR);
    expect(second).toMatchObject({ id: first!.id, deliveryId: 'd1', attempts: 2 });
    expect(await store.queue.extend(first!.id, 'crashed', HOUR)).toBe(false);
    await store.queue.complete(first!.id, 'crashed', 'approved');
    expect(warnings()).toEqual([expect.stringContaining(`job ${first!.id}: not completed, worker crashed no longer holds it`)]);
    expect(await store.queue.get('d1')).toMatchObject({ state: 'running', workerId: 'w2', attempts: 2 });
    await store.queue.complete(second!.id, 'w2', 'approved');
    expect(await store.queue.get('d1')).toMatchObject({ state: 'done', outcome: 'approved', workerId: 'w2' });
  });

  test('extend keeps a job from other workers; only its holder can extend it', async () => {
    await store.queue.enqueue(delivery('d1'));
    const job = await store.queue.claim('w1', 0);
    expect(await store.queue.extend(job!.id, 'w1', HOUR)).toBe(true);
    expect(await store.queue.claim('w2', HOUR)).toBeUndefined();
    expect(await store.queue.extend(job!.id, 'w2', HOUR)).toBe(false);
    const record = await store.queue.get('d1');
    expect(record!.leaseUntil!.getTime() - record!.claimedAt!.getTime()).toBeGreaterThanOrEqual(HOUR);
  });

  test('complete records the outcome and the job is never claimed again', async () => {
    await store.queue.enqueue(delivery('d1'));
    const job = await store.queue.claim('w1', HOUR);
    await store.queue.complete(job!.id, 'w1', 'rejected: soak not over');
    const done = await store.queue.get('d1');
    expect(done).toMatchObject({ state: 'done', outcome: 'rejected: soak not over', attempts: 1 });
    expect(done!.finishedAt).toBeInstanceOf(Date);
    expect(done).not.toHaveProperty('leaseUntil');
    expect(await store.queue.claim('w1', 0)).toBeUndefined();
    expect(await store.queue.extend(job!.id, 'w1', HOUR)).toBe(false);
  });

  test('fail with a delay queues the job again, not due before the delay; the error is kept', async () => {
    await store.queue.enqueue(delivery('later'));
    const job = await store.queue.claim('w1', HOUR);
    await store.queue.fail(job!.id, 'w1', 'GitHub answered 502', HOUR);
    const queued = await store.queue.get('later');
    expect(queued).toMatchObject({ state: 'queued', error: 'GitHub answered 502', attempts: 1 });
    expect(queued!.dueAt.getTime() - queued!.claimedAt!.getTime()).toBeGreaterThanOrEqual(HOUR);
    expect(await store.queue.claim('w1', HOUR)).toBeUndefined();
    await store.queue.enqueue(delivery('now'));
    expect((await store.queue.claim('w1', HOUR))?.deliveryId).toBe('now');
  });

  test('fail with no delay due now: claimed again with attempts 2, and the last error stays after it succeeds', async () => {
    await store.queue.enqueue(delivery('d1'));
    const job = await store.queue.claim('w1', HOUR);
    await store.queue.fail(job!.id, 'w1', 'rate limited', 0);
    const again = await store.queue.claim('w2', HOUR);
    expect(again).toMatchObject({ id: job!.id, attempts: 2 });
    await store.queue.complete(again!.id, 'w2', 'approved');
    expect(await store.queue.get('d1')).toMatchObject({ state: 'done', outcome: 'approved', error: 'rate limited', attempts: 2 });
  });

  test('fail without a delay gives up: dead, with its error, never claimed again', async () => {
    await store.queue.enqueue(delivery('d1'));
    const job = await store.queue.claim('w1', HOUR);
    await store.queue.fail(job!.id, 'w1', 'stackgate.yml is invalid');
    const dead = await store.queue.get('d1');
    expect(dead).toMatchObject({ state: 'dead', error: 'stackgate.yml is invalid' });
    expect(dead!.finishedAt).toBeInstanceOf(Date);
    expect(await store.queue.claim('w1', 0)).toBeUndefined();
    await store.queue.fail(job!.id, 'w1', 'again');
    expect(warnings()).toEqual([expect.stringContaining(`job ${job!.id}: not given up, worker w1 no longer holds it`)]);
  });

  test('depth counts the jobs in each state, zeros included', async () => {
    expect(await store.queue.depth()).toEqual({ queued: 0, running: 0, done: 0, dead: 0 });
    for (const id of ['a', 'b', 'c', 'd', 'e']) await store.queue.enqueue(delivery(id));
    const [a, b, c] = [await store.queue.claim('w', HOUR), await store.queue.claim('w', HOUR), await store.queue.claim('w', HOUR)];
    await store.queue.complete(a!.id, 'w', 'ok');
    await store.queue.fail(b!.id, 'w', 'bad');
    expect(c).toBeDefined();
    expect(await store.queue.depth()).toEqual({ queued: 2, running: 1, done: 1, dead: 1 });
  });

  test('audit records come back as saved, under distinct unguessable ids', async () => {
    const record = { schema: 'stackgate/gate-audit@1', allowed: false, reasons: ['soak: 10m of 30m'], at: '2026-01-01T00:00:00Z' };
    const ids = [await store.audits.save(record), await store.audits.save(record), await store.audits.save([1, 'x'])];
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await store.audits.get(ids[0])).toEqual(record);
    expect(await store.audits.get(ids[2])).toEqual([1, 'x']);
    expect(await store.audits.get('AAAAAAAAAAAAAAAAAAAAAAAA')).toBeUndefined();
    expect(await store.ping()).toBe(true);
  });

  test('a restart loses nothing: jobs in every state and audits are there after reopening, and a job left running is claimed again', async () => {
    for (const id of ['done', 'running', 'queued']) await store.queue.enqueue(delivery(id));
    const done = await store.queue.claim('w1', HOUR);
    await store.queue.complete(done!.id, 'w1', 'approved');
    await store.queue.claim('w1', 0);
    const audit = await store.audits.save({ verdict: 'approved' });
    await store.close();

    const restartLog = new RecordingLogger();
    const after = await reopen(restartLog);
    open.push(after);
    expect(restartLog.lines.filter((l) => /applied migration/.test(l.message))).toEqual([]);
    expect(await after.queue.depth()).toEqual({ queued: 1, running: 1, done: 1, dead: 0 });
    expect(await after.queue.get('done')).toMatchObject({ state: 'done', outcome: 'approved' });
    expect(await after.audits.get(audit)).toEqual({ verdict: 'approved' });
    expect(await after.queue.enqueue(delivery('done'))).toBe('duplicate');
    const resumed = [await after.queue.claim('w2', HOUR), await after.queue.claim('w2', HOUR)];
    expect(resumed.map((j) => [j?.deliveryId, j?.attempts])).toEqual([
      ['running', 2],
      ['queued', 1],
    ]);
    expect(resumed[0]!.payload).toEqual(delivery('running').payload);
  });

  test('reopening applies no migration again and warns of nothing', async () => {
    await store.close();
    const again = new RecordingLogger();
    open.push(await reopen(again));
    expect(again.lines.filter((l) => /applied migration/.test(l.message))).toEqual([]);
    expect(again.lines.filter((l) => l.level === 'warning')).toEqual([]);
  });
}
