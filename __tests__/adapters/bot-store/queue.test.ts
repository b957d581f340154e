/**
 * The bot's storage on the embedded database (pglite in a data directory): the queue and audit
 * contract (helpers/bot-store-contract.ts), the first start on an empty directory, one process per
 * directory, and a worker killed while it holds a job: after the restart the job is there and is
 * claimed again. Each test opens a copy of one migrated data directory (creating one takes seconds).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCK_FILE } from '../../../src/adapters/bot-store/data-dir-lock';
import { openBotStore } from '../../../src/adapters/bot-store/store';
import { UserError } from '../../../src/core/errors';
import { delivery, describeStoreContract } from '../../helpers/bot-store-contract';
import { RecordingLogger } from '../../helpers/recording-logger';
import { tsWorkerEntry } from '../../helpers/ts-worker';

let root: string;
let template: string;
let templateLog: RecordingLogger;
let copies = 0;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-bot-store-'));
  template = path.join(root, 'template', 'nested', 'data');
  templateLog = new RecordingLogger();
  const store = await openBotStore({ dataDir: template, log: templateLog });
  await store.close();
}, 120_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A copy of the migrated template: an empty, migrated data directory. */
function freshDataDir(): string {
  const dir = path.join(root, `copy-${++copies}`);
  fs.cpSync(template, dir, { recursive: true });
  return dir;
}

describe('the embedded database', () => {
  describeStoreContract(async (log) => {
    const dataDir = freshDataDir();
    return { store: await openBotStore({ dataDir, log }), reopen: (again) => openBotStore({ dataDir, log: again }) };
  });

  test('the first start creates the data directory and applies the migrations, saying which', () => {
    expect(fs.existsSync(path.join(template, 'PG_VERSION'))).toBe(true);
    expect(templateLog.lines.filter((l) => /applied migration/.test(l.message))).toEqual([
      { level: 'info', message: `the embedded database in ${template}: applied migration 1 (deliveries queue and audit records)` },
    ]);
    expect(fs.existsSync(path.join(template, LOCK_FILE))).toBe(false);
  });

  test("a data directory is one process's: a second open is refused with what to do instead", async () => {
    const dataDir = freshDataDir();
    const store = await openBotStore({ dataDir });
    try {
      const second = openBotStore({ dataDir });
      await expect(second).rejects.toThrow(UserError);
      await expect(second).rejects.toThrow(`the bot's data directory ${dataDir} is in use by this process`);
      await expect(second).rejects.toMatchObject({ hint: expect.stringContaining('DATABASE_URL') });
    } finally {
      await store.close();
    }
    const reopened = await openBotStore({ dataDir });
    await reopened.close();
  });

  test('a worker killed while it holds a job: its data directory is refused while it lives, and after it dies the job is claimed again', async () => {
    const dataDir = freshDataDir();
    const entry = tsWorkerEntry(root, 'killed-worker', (src) => [
      `const { openBotStore } = require(${src('adapters/bot-store/store.ts')});`,
      '(async () => {',
      '  const store = await openBotStore({ dataDir: process.argv[2] });',
      `  await store.queue.enqueue(${JSON.stringify(delivery('d1'))});`,
      "  const job = await store.queue.claim('doomed', 0);",
      "  process.stdout.write(JSON.stringify(job) + '\\n');",
      '  setInterval(() => {}, 1000);',
      '})().catch((e) => { console.error(e); process.exit(1); });',
    ]);
    const child = spawn(process.execPath, [entry, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      const line = await firstLine(child.stdout, child.stderr);
      expect(JSON.parse(line)).toMatchObject({ deliveryId: 'd1', attempts: 1 });
      await expect(openBotStore({ dataDir })).rejects.toThrow(`in use by process ${child.pid}`);
    } finally {
      child.kill('SIGKILL');
      await exited;
    }

    const log = new RecordingLogger();
    const store = await openBotStore({ dataDir, log });
    try {
      expect(log.lines).toContainEqual({ level: 'warning', message: expect.stringContaining(`taking over the lock of process ${child.pid}`) });
      expect(await store.queue.get('d1')).toMatchObject({ state: 'running', workerId: 'doomed', attempts: 1 });
      const job = await store.queue.claim('survivor', 60_000);
      expect(job).toMatchObject({ ...delivery('d1'), attempts: 2 });
    } finally {
      await store.close();
    }
  }, 60_000);
});

/** The first line a child writes to stdout (its stderr in the error when it exits first). */
function firstLine(stdout: NodeJS.ReadableStream, stderr: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
    });
    stdout.once('end', () => reject(new Error(`the child wrote no line: ${err}`)));
  });
}
