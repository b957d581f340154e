/**
 * How many threads validate prepares a repository's files on (prepare-pool.ts), decided without
 * loading the worker code: a run on one thread never loads it.
 *
 * By default a repository of PARALLEL_THRESHOLD_BYTES of files or more gets a thread on every core
 * but one, a smaller one a single thread. One thread already keeps more than a core busy: V8 collects
 * its garbage and compiles its hot code on helper threads (validate on one thread used 3.4 s of CPU
 * in 2.5 s on the benchmark's 5,000 manifests). On 2 cores a worker thread only competes with them,
 * and pays its own start (loading the checks and the Kubernetes models, warming up the JIT): it was
 * slower than one thread there (docs/benchmarks.md, Threads). `--workers` sets the threads.
 */
import fs from 'node:fs';
import type { DiscoveredFile } from '../../core/source/discover';
import { coreCount, threadCount } from '../threads/thread-count';

/** Below this many bytes of files, validate runs on one thread unless told how many to use. */
export const PARALLEL_THRESHOLD_BYTES = 1024 * 1024;

export interface PrepareThreads {
  /** The worker's start file (dist/validate-worker/index.js); without it validate runs on one thread. */
  workerEntry?: string;
  /**
   * Threads in all, this one included, whatever the repository's size (1: no worker), each taking
   * files. Default: every core but one from PARALLEL_THRESHOLD_BYTES of files up, else one.
   */
  threads?: number;
}

/** The threads to prepare `files` on, this one included; 1 without the worker's file (running from the sources). */
export function prepareThreadCount(files: readonly DiscoveredFile[], options: PrepareThreads): number {
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  const threads = threadCount(options.threads ?? (bytes >= PARALLEL_THRESHOLD_BYTES ? coreCount() - 1 : 1), files.length);
  return threads > 1 && options.workerEntry && fs.existsSync(options.workerEntry) ? threads : 1;
}
