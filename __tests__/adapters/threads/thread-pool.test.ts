/**
 * Items claimed one at a time by the calling thread and worker threads (runClaims): every item
 * is taken exactly once, threads asked to take part all do, a worker still starting when the
 * calling thread has taken everything is stopped without an answer, and a worker's failure fails
 * the run. The workers load src/adapters/threads/thread-pool.ts from the sources (helpers/ts-worker.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runClaims, type Claim } from '../../../src/adapters/threads/thread-pool';
import { tsWorkerEntry } from '../../helpers/ts-worker';

let dir: string;

/** A worker entry that answers with the items it took; `before` runs first (a slow start, a failure). */
const workerEntry = (name: string, before = ''): string =>
  tsWorkerEntry(dir, name, (src) => [
    `const { answerClaims } = require(${src('adapters/threads/thread-pool.ts')});`,
    before,
    'answerClaims(async (request, claim) => { const taken = []; for (let i = claim(); i !== undefined; i = claim()) taken.push(i * request.factor); return taken; });',
  ]);

/** This thread's part: every item it can take, as `item * factor`. */
const takeAll = (claim: Claim, factor: number): number[] => {
  const taken: number[] = [];
  for (let i = claim(); i !== undefined; i = claim()) taken.push(i * factor);
  return taken;
};

/** runClaims over `count` items, each taken as `item * factor`, on this thread and the workers from `entry`. */
const claimAll = (entry: string, threads: number, count: number, isEveryThreadTaking?: boolean) =>
  runClaims<{ factor: number }, number[], number[]>({
    entry,
    what: 'test',
    threads,
    count,
    request: { factor: 2 },
    runHere: (claim) => takeAll(claim, 2),
    isEveryThreadTaking,
  });

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackgate-thread-pool-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('threads asked to take part all take items, and every item is taken once', async () => {
  const { here, workers } = await claimAll(workerEntry('answer'), 3, 500, true);
  expect(workers).toHaveLength(2);
  for (const part of [here, ...workers]) expect(part.length).toBeGreaterThan(0);
  expect([...here, ...workers.flat()].sort((a, b) => a - b)).toEqual(Array.from({ length: 500 }, (_, i) => i * 2));
}, 60_000);

test('a worker still starting when this thread has taken every item is stopped, without an answer', async () => {
  // It starts taking items a second after it loads; this thread takes the three at once.
  const { here, workers } = await claimAll(workerEntry('slow', 'const start = Date.now(); while (Date.now() - start < 1000);'), 2, 3);
  expect(here).toEqual([0, 2, 4]);
  expect(workers).toEqual([]);
}, 60_000);

test("a worker's error fails the run, named", async () => {
  await expect(claimAll(workerEntry('failing', "throw new Error('no memory left');"), 2, 10, true)).rejects.toThrow('test worker failed: no memory left');
}, 60_000);
