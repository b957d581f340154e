/**
 * Worker threads for the work one run spreads over the cores (the secret scanner, validate): a
 * worker starts from a file of the bundle (dist/<name>-worker/index.js), gets one request, posts
 * one answer and is stopped. The calling thread works too instead of waiting. Work is shared in
 * fixed shares (secrets/scan-pool.ts: files balanced by bytes, which each worker reads itself), or
 * claimed item by item from a counter in shared memory (runClaims): every thread takes the next
 * item until none is left, so a worker that starts late (it loads its modules first) simply takes
 * fewer, and the threads finish together whatever their items cost.
 */
import { parentPort, Worker } from 'node:worker_threads';

export interface RunningWorker<Answer> {
  /** The worker's answer; rejects with its error, or when it exits without answering. */
  answer: Promise<Answer>;
  /** Stops the worker without waiting for its answer (which then never settles). */
  stop(): void;
}

/** Starts a worker thread from `entry` and posts it `request`; it is stopped once it answers. `what` names it in errors. */
export function runWorker<Answer>(entry: string, request: unknown, what: string): RunningWorker<Answer> {
  const worker = new Worker(entry);
  let settled = false;
  const answer = new Promise<Answer>((resolve, reject) => {
    const settle = (fn: () => void): void => {
      if (settled) return; // stopped, or answered already
      settled = true;
      fn();
    };
    worker.once('message', (result: Answer) => {
      settle(() => resolve(result));
      void worker.terminate();
    });
    // The worker's error, named (an Error made in the worker's realm may not pass `instanceof Error` here).
    worker.once('error', (e: unknown) => settle(() => reject(new Error(`${what} worker failed: ${messageOf(e)}`, { cause: e }))));
    worker.once('exit', (code) => settle(() => reject(new Error(`${what} worker exited with code ${code} before answering`))));
  });
  worker.postMessage(request);
  return {
    answer,
    stop: () => {
      settled = true;
      void worker.terminate();
    },
  };
}

function messageOf(e: unknown): string {
  const message = (e as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(e);
}

/** A worker thread's side of runWorker: answers the one request it gets. */
export function answerRequest<Request, Answer>(handle: (request: Request) => Answer | Promise<Answer>): void {
  parentPort?.once('message', (request: Request) => {
    void Promise.resolve(request)
      .then(handle)
      .then((answer) => parentPort!.postMessage(answer));
  });
}

/** The index of the next item, or undefined once every item is taken. */
export type Claim = () => number | undefined;

/**
 * A run of claims in shared memory (Int32 slots): the next item, then per thread whether it is
 * taking one. With `isReserved`, thread t's first item is item t (the counter starts after them),
 * so that every thread takes one whatever the others' speed.
 */
interface SharedClaims {
  buffer: SharedArrayBuffer;
  count: number;
  thread: number;
  isReserved: boolean;
}
const NEXT = 0;
const TAKING = 1;

function claimFrom({ buffer, count, thread, isReserved }: SharedClaims): Claim {
  const slots = new Int32Array(buffer);
  let isFirst = isReserved;
  return () => {
    if (isFirst) {
      isFirst = false;
      if (thread < count) return thread;
    }
    // Marked before taking, so that the calling thread, once every item is taken, sees 0 only for a
    // worker that never took one and never will.
    Atomics.add(slots, TAKING + thread, 1);
    const index = Atomics.add(slots, NEXT, 1);
    if (index < count) return index;
    Atomics.sub(slots, TAKING + thread, 1);
    return undefined;
  };
}

export interface ClaimsRun<Request, Part> {
  /** The worker's start file; its module calls answerClaims. */
  entry: string;
  /** `what` names the workers in errors. */
  what: string;
  /** Threads in all, this one included. */
  threads: number;
  /** Items to share. */
  count: number;
  /** What each worker gets (plain data), with the shared counter. */
  request: Request;
  /** This thread's work: items it takes with `claim`, until it returns undefined (the workers are started first). */
  runHere: (claim: Claim) => Part | Promise<Part>;
  /**
   * Every thread takes part (a number of threads asked for): thread t takes item t first, and the
   * calling thread waits for every worker. Otherwise a worker still loading when the calling thread
   * has taken every item (when there are few) takes none and is stopped.
   */
  isEveryThreadTaking?: boolean;
}

/**
 * Shares `count` items between this thread and `threads - 1` workers. Resolves with this thread's
 * part and the answers of the workers that took items: a worker that has taken none by the time
 * this thread finds none left (it was still starting) is stopped, it has nothing to give.
 */
export async function runClaims<Request, Part, Answer>(run: ClaimsRun<Request, Part>): Promise<{ here: Part; workers: Answer[] }> {
  const buffer = new SharedArrayBuffer(4 * (TAKING + run.threads));
  const slots = new Int32Array(buffer);
  const isReserved = !!run.isEveryThreadTaking;
  if (isReserved) slots[NEXT] = run.threads;
  const claims = (thread: number): SharedClaims => ({ buffer, count: run.count, thread, isReserved });
  const workers = Array.from({ length: run.threads - 1 }, (_, i) => runWorker<Answer>(run.entry, { request: run.request, claims: claims(i + 1) }, run.what));
  let here: Part;
  try {
    here = await run.runHere(claimFrom(claims(0)));
  } catch (e) {
    // This thread's error is the one reported; the workers' results are of no use now.
    for (const w of workers) w.stop();
    throw e;
  }
  const answering = workers.filter((w, i) => {
    if (isReserved || Atomics.load(slots, TAKING + 1 + i) > 0) return true;
    w.stop();
    return false;
  });
  return { here, workers: await Promise.all(answering.map((w) => w.answer)) };
}

/** A worker thread's side of runClaims: takes items with `claim` until none is left, and answers. */
export function answerClaims<Request, Answer>(handle: (request: Request, claim: Claim) => Answer | Promise<Answer>): void {
  answerRequest(({ request, claims }: { request: Request; claims: SharedClaims }) => handle(request, claimFrom(claims)));
}
