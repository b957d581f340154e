/**
 * Prepares validate's files (core/validate/prepare-files.ts: parse, recognise, run the checks of
 * each Kubernetes object) on several cores: the calling thread and worker threads started from
 * dist/validate-worker/index.js take the files one at a time until none is left (runClaims). A
 * worker posts back its files' parses packed (core/source/packed-yaml.ts) and its objects'
 * reports; validate then builds the workspace from them in file order and runs the checks across
 * files on the calling thread.
 *
 * By default a repository of PARALLEL_THRESHOLD_BYTES of files or more gets a thread on every core
 * but one, a smaller one a single thread. One thread already keeps more than a core busy: V8 collects
 * its garbage and compiles its hot code on helper threads (validate on one thread used 3.4 s of CPU
 * in 2.5 s on the benchmark's 5,000 manifests). On 2 cores a worker thread only competes with them,
 * and pays its own start (loading the checks and the Kubernetes models, warming up the JIT): it was
 * slower than one thread there (docs/benchmarks.md, Threads). `--workers` sets the threads.
 */
import fs from 'node:fs';
import { loadBuiltInModels } from '../../core/kubernetes/schema';
import type { DiscoveredFile } from '../../core/source/discover';
import type { WorkspaceFiles } from '../../core/source/workspace';
import {
  createFilePreparer,
  mayHoldManifests,
  unpackPreparedFiles,
  type PackedFiles,
  type PreparedFile,
  type PrepareRequest,
} from '../../core/validate/prepare-files';
import { coreCount, runClaims, threadCount, type Claim } from '../threads/thread-pool';

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

/** What a worker gets: the request, every file (it prepares those it takes), and whether to load the built-in models. */
export interface PrepareWorkerRequest {
  prepare: PrepareRequest;
  files: DiscoveredFile[];
  loadModels: boolean;
}

export interface PreparedFiles {
  /** The prepared files, by path. */
  files: Map<string, PreparedFile>;
  /** How many files each thread prepared, this one first (a worker that took none is left out). */
  perThread: number[];
}

/** The files prepared by the threads; undefined when validate runs on one thread (it parses the files itself then). */
export async function prepareFiles(listed: WorkspaceFiles, prepare: PrepareRequest, options: PrepareThreads): Promise<PreparedFiles | undefined> {
  const { files } = listed;
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  const threads = threadCount(options.threads ?? (bytes >= PARALLEL_THRESHOLD_BYTES ? coreCount() - 1 : 1), files.length);
  // Without the worker's file (running from the sources), on one thread.
  if (!options.workerEntry || threads < 2 || !fs.existsSync(options.workerEntry)) return undefined;
  const loadModels = mayHoldManifests(files);
  const { here, workers } = await runClaims<PrepareWorkerRequest, [number, PreparedFile][], PackedFiles>({
    entry: options.workerEntry,
    what: 'validate',
    threads,
    count: files.length,
    request: { prepare, files, loadModels },
    // Threads asked for all take part; by default a worker still starting when the files run out takes none.
    isEveryThreadTaking: options.threads !== undefined,
    runHere: async (claim) => prepareClaimed(files, createFilePreparer(prepare, loadModels ? await loadBuiltInModels() : undefined), claim),
  });
  const fromWorkers = workers.map(unpackPreparedFiles);
  const prepared = new Map<string, PreparedFile>();
  for (const [index, file] of [...here, ...fromWorkers.flat()]) prepared.set(files[index].path, file);
  return { files: prepared, perThread: [here.length, ...fromWorkers.map((w) => w.length)] };
}

/** Prepares the files this thread takes, until none is left. */
export function prepareClaimed(files: readonly DiscoveredFile[], prepare: (file: DiscoveredFile) => PreparedFile, claim: Claim): [number, PreparedFile][] {
  const out: [number, PreparedFile][] = [];
  for (let index = claim(); index !== undefined; index = claim()) out.push([index, prepare(files[index])]);
  return out;
}
