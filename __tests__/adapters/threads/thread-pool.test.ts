/**
 * Items claimed one at a time by the calling thread and worker threads (runClaims): every item
 * is taken exactly once, threads asked to take part all do, a worker still starting when the
 * calling thread has taken everything is stopped without an answer, and a worker's failure fails
 * the run. The workers load src/adapters/threads/thread-pool.ts with the TypeScript hook of the
 * tests' child processes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runClaims, type Claim } from '../../../src/adapters/threads/thread-pool';

const ROOT = path.join(__dirname, '../../..');
let dir: string;

/** A worker entry that answers with the items it took; `before` runs first (a slow start, a failure). */
function workerEntry(name: string, before = ''): string {
  const file = path.join(dir, `${name}.cjs`);
  fs.writeFileSync(
    file,
    [
      `require(${JSON.stringify(path.join(ROOT, '__tests__/helpers/ts-child.cjs'))});`,
      `const { answerClaims } = require(${JSON.stringify(path.join(ROOT, 'src/adapters/threads/thread-pool.ts'))});`,
      before,
      'answerClaims(async (request, claim) => { const taken = []; for (let i = claim(); i !== undefined; i = claim()) taken.push(i * request.factor); return taken; });',
    ].join('\n'),
  );
  return file;
}

const takeAll = (claim: Claim, factor: number): number[] => {
  const taken: number[] = [];
  for (let i = claim(); i !== undefined; i = claim()) taken.push(i * factor);
  return taken;
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackgate-thread-pool-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('threads asked to take part all take items, and every item is taken once', async () => {
  const entry = workerEntry('answer');
  const { here, workers } = await runClaims<{ factor: number }, number[], number[]>({
    entry,
    what: 'test',
    threads: 3,
    count: 500,
    request: { factor: 2 },
    runHere: (claim) => takeAll(claim, 2),
    isEveryThreadTaking: true,
  });
  expect(workers).toHaveLength(2);
  for (const part of [here, ...workers]) expect(part.length).toBeGreaterThan(0);
  expect([...here, ...workers.flat()].sort((a, b) => a - b)).toEqual(Array.from({ length: 500 }, (_, i) => i * 2));
}, 60_000);

test('a worker still starting when this thread has taken every item is stopped, without an answer', async () => {
  // It starts taking items a second after it loads; this thread takes the three at once.
  const entry = workerEntry('slow', 'const start = Date.now(); while (Date.now() - start < 1000);');
  const { here, workers } = await runClaims<{ factor: number }, number[], number[]>({
    entry,
    what: 'test',
    threads: 2,
    count: 3,
    request: { factor: 1 },
    runHere: (claim) => takeAll(claim, 1),
  });
  expect(here).toEqual([0, 1, 2]);
  expect(workers).toEqual([]);
}, 60_000);

test("a worker's error fails the run, named", async () => {
  const entry = workerEntry('failing', "throw new Error('no memory left');");
  await expect(
    runClaims({ entry, what: 'test', threads: 2, count: 10, request: { factor: 1 }, runHere: (claim) => takeAll(claim, 1), isEveryThreadTaking: true }),
  ).rejects.toThrow('test worker failed: no memory left');
}, 60_000);
