// @ts-check
// How much work the machine's cores do together, measured alongside the runs of stackgate
// validate on several threads: the same YAML parsing (the bulk of what validate does with each
// manifest, with the same library) on one worker thread, then on several at once, each thread
// timing its own parsing after a warm-up. Capacity = threads × (time on one) / (slowest time of
// several): 2.0 on two cores that run in parallel at full speed, 1.0 when two threads take twice
// as long as one (cores shared with other machines, or hyperthreads of one core).
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { parseAllDocuments } from 'yaml';

/**
 * @param {readonly string[]} texts files to parse (their contents)
 * @param {{ threads?: number, rounds?: number }} [options]
 * @returns {Promise<{ oneMs: number, severalMs: number, threads: number, capacity: number }>}
 */
export async function measureParallelCapacity(texts, { threads = 2, rounds = 2 } = {}) {
  const [oneMs] = await parseOnThreads(texts, 1, rounds);
  const several = await parseOnThreads(texts, threads, rounds);
  const severalMs = Math.max(...several);
  return { oneMs, severalMs, threads, capacity: (threads * oneMs) / severalMs };
}

/**
 * Starts `threads` threads, each parsing every text `rounds` times once all have warmed up (a
 * barrier in shared memory), so that their timed parsing overlaps; resolves with each one's time.
 * @returns {Promise<number[]>}
 */
function parseOnThreads(texts, threads, rounds) {
  const ready = new Int32Array(new SharedArrayBuffer(4));
  return Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { texts, rounds, ready, threads } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
}

/** @param {readonly string[]} texts */
function parseAll(texts) {
  for (const text of texts) parseAllDocuments(text);
}

if (!isMainThread && workerData?.texts) {
  const { texts, rounds, ready, threads } = workerData;
  parseAll(texts); // warm-up, not timed
  Atomics.add(ready, 0, 1);
  Atomics.notify(ready, 0);
  for (let n = Atomics.load(ready, 0); n < threads; n = Atomics.load(ready, 0)) Atomics.wait(ready, 0, n);
  const started = performance.now();
  for (let i = 0; i < rounds; i++) parseAll(texts);
  parentPort?.postMessage(performance.now() - started);
}
