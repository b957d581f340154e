/**
 * The bot's storage on a real PostgreSQL server (helpers/postgres-server.ts: Debian's postgresql on
 * a private port and data directory): the queue and audit contract, each test on a new database;
 * two processes, as two replicas, enqueueing overlapping deliveries and working one queue; two
 * processes migrating a new database at once; an unreachable server.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { openBotStore } from '../../../src/adapters/bot-store/store';
import { UserError } from '../../../src/core/errors';
import { describeStoreContract } from '../../helpers/bot-store-contract';
import { freePortUrl } from '../../helpers/mcp-fixtures';
import { describeWithPostgres, startPostgres, type PostgresServer } from '../../helpers/postgres-server';
import { tsWorkerEntry } from '../../helpers/ts-worker';

const describePostgres = describeWithPostgres('__tests__/adapters/bot-store/postgres.test.ts');

describePostgres('the bot storage on a PostgreSQL server', () => {
  let server: PostgresServer;
  let dir: string;
  let databases = 0;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-bot-pg-'));
    server = await startPostgres();
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The URL of a new, empty database on the server. */
  async function newDatabase(): Promise<string> {
    const name = `stackgate_${++databases}`;
    const admin = new Client({ connectionString: server.url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    return server.url.replace(/\/postgres$/, `/${name}`);
  }

  describe('the store contract', () => {
    describeStoreContract(async (log) => {
      const databaseUrl = await newDatabase();
      return { store: await openBotStore({ databaseUrl, log }), reopen: (again) => openBotStore({ databaseUrl, log: again }) };
    });
  });

  /** A child process running `mode` of the replica script below with `args`; it says "ready", then waits for "go". */
  function replica(mode: 'work' | 'migrate', args: string[]): { child: ChildProcessWithoutNullStreams; ready: Promise<void>; result: Promise<unknown> } {
    const entry = tsWorkerEntry(dir, 'replica', (src) => [
      `const { openBotStore } = require(${src('adapters/bot-store/store.ts')});`,
      "const readline = require('node:readline');",
      'const [mode, databaseUrl, ...args] = process.argv.slice(2);',
      'const go = new Promise((resolve) => readline.createInterface({ input: process.stdin }).on("line", (l) => l === "go" && resolve()));',
      'const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));',
      'async function work(store) {',
      '  const [workerId, first, last, total] = [args[0], ...args.slice(1).map(Number)];',
      '  const enqueued = {};',
      '  const processed = [];',
      '  const step = async () => {',
      '    const job = await store.queue.claim(workerId, 60000);',
      '    if (!job) return false;',
      '    processed.push(job.deliveryId);',
      '    await sleep(1);',
      '    await store.queue.complete(job.id, workerId, "processed by " + workerId);',
      '    return true;',
      '  };',
      '  for (let i = first; i <= last; i++) {',
      '    const id = "delivery-" + i;',
      '    enqueued[id] = await store.queue.enqueue({ deliveryId: id, event: "pull_request", action: "opened", payload: { number: i } });',
      '    await step();',
      '  }',
      '  const deadline = Date.now() + 60000;',
      '  while ((await store.queue.depth()).done < total) {',
      '    if (Date.now() > deadline) throw new Error(workerId + ": the queue did not drain within 60 s");',
      '    if (!(await step())) await sleep(5);',
      '  }',
      '  return { enqueued, processed };',
      '}',
      '(async () => {',
      '  process.stdout.write("ready\\n");',
      '  await go;',
      '  const store = await openBotStore({ databaseUrl });',
      '  const result = mode === "work" ? await work(store) : { opened: true };',
      '  await store.close();',
      '  process.stdout.write(JSON.stringify(result) + "\\n");',
      '  process.exit(0);',
      '})().catch((e) => { console.error(e); process.exit(1); });',
    ]);
    const child = spawn(process.execPath, [entry, mode, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ready = new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.startsWith('ready\n')) resolve();
      }),
    );
    const result = new Promise((resolve, reject) =>
      child.once('exit', (code) => {
        const last = stdout.trim().split('\n').pop() ?? '';
        if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last));
        else reject(new Error(`replica ${args.join(' ')} exited with ${code}: ${stderr.slice(-2000)}`));
      }),
    );
    return { child, ready, result };
  }

  /** Starts the replicas together: each has loaded its modules and waits, then all are told to go. */
  async function together<T>(replicas: ReturnType<typeof replica>[]): Promise<T[]> {
    await Promise.all(replicas.map((r) => Promise.race([r.ready, r.result])));
    for (const r of replicas) r.child.stdin.end('go\n');
    return (await Promise.all(replicas.map((r) => r.result))) as T[];
  }

  test('two replicas enqueue overlapping deliveries and work one queue: each of 200 deliveries processed exactly once, by one of them', async () => {
    const databaseUrl = await newDatabase();
    // A receives deliveries 1-140, B 61-200: 80 are redelivered to the other replica.
    type Result = { enqueued: Record<string, 'queued' | 'duplicate'>; processed: string[] };
    const [a, b] = await together<Result>([replica('work', [databaseUrl, 'A', '1', '140', '200']), replica('work', [databaseUrl, 'B', '61', '200', '200'])]);

    const all = Array.from({ length: 200 }, (_, i) => `delivery-${i + 1}`);
    expect([...a.processed, ...b.processed].sort()).toEqual([...all].sort());
    expect(a.processed.length).toBeGreaterThan(0);
    expect(b.processed.length).toBeGreaterThan(0);
    // Each delivery was queued once; the second replica that received it was told it was a duplicate.
    const answers = all.map((id) => [id, [a.enqueued[id], b.enqueued[id]].filter(Boolean).sort()]);
    const redelivered = (id: string): boolean => Number(id.slice('delivery-'.length)) > 60 && Number(id.slice('delivery-'.length)) <= 140;
    expect(answers).toEqual(all.map((id) => [id, redelivered(id) ? ['duplicate', 'queued'] : ['queued']]));

    const store = await openBotStore({ databaseUrl });
    try {
      expect(await store.queue.depth()).toEqual({ queued: 0, running: 0, done: 200, dead: 0 });
      const jobs = await Promise.all(all.map((id) => store.queue.get(id)));
      expect(jobs.filter((j) => j?.attempts !== 1 || j.state !== 'done')).toEqual([]);
      expect(new Set(jobs.map((j) => j!.outcome))).toEqual(new Set(['processed by A', 'processed by B']));
      expect(await store.queue.get('delivery-77')).toMatchObject({
        deliveryId: 'delivery-77',
        event: 'pull_request',
        action: 'opened',
        payload: { number: 77 },
      });
    } finally {
      await store.close();
    }
  }, 120_000);

  test('two replicas starting at once on a new database both migrate it without error, and it is migrated once', async () => {
    const databaseUrl = await newDatabase();
    expect(await together([replica('migrate', [databaseUrl]), replica('migrate', [databaseUrl])])).toEqual([{ opened: true }, { opened: true }]);
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      expect((await client.query('SELECT version, name FROM stackgate_migrations')).rows).toEqual([{ version: 1, name: 'deliveries queue and audit records' }]);
    } finally {
      await client.end();
    }
  }, 120_000);

  test('a server that does not answer is a UserError naming host, port and database, never the password', async () => {
    const port = new URL(await freePortUrl()).port;
    const opening = openBotStore({ databaseUrl: `postgresql://bot:s3cret-pw@127.0.0.1:${port}/stackgate` });
    await expect(opening).rejects.toThrow(UserError);
    await expect(opening).rejects.toThrow(`cannot connect to PostgreSQL at 127.0.0.1:${port}/stackgate: `);
    await expect(opening).rejects.toMatchObject({ message: expect.not.stringContaining('s3cret-pw'), hint: expect.stringContaining('DATABASE_URL') });
  });
});
