/**
 * Prepares validate's files (core/validate/prepare-files.ts: parse, recognise, run the checks of
 * each Kubernetes object) on several cores: the calling thread and worker threads started from
 * dist/validate-worker/index.js take the files one at a time until none is left (runClaims). A
 * worker posts back its files' parses packed (core/source/packed-yaml.ts) and its objects'
 * reports; the workspace is then built from them in file order, and validate runs the checks
 * across files on the calling thread. How many threads: prepare-threads.ts.
 */
import { loadBuiltInModels } from '../../core/kubernetes/schema';
import type { KubernetesObject } from '../../core/kubernetes/objects';
import type { DiscoveredFile } from '../../core/source/discover';
import type { Workspace, WorkspaceFiles } from '../../core/source/workspace';
import type { ObjectCheckRun } from '../../core/validate/object-checks';
import {
  createFilePreparer,
  mayHoldManifests,
  preparedWorkspace,
  unpackPreparedFiles,
  type PackedFiles,
  type PreparedFile,
  type PrepareRequest,
} from '../../core/validate/prepare-files';
import { runClaims, type Claim } from '../threads/thread-pool';

export interface PrepareOnThreads {
  /** The worker's start file (dist/validate-worker/index.js). */
  workerEntry: string;
  /** Threads in all, this one included (prepare-threads.ts). */
  threads: number;
  /** Every thread takes files (threads asked for); otherwise a worker still starting when the files run out takes none. */
  isEveryThreadTaking: boolean;
}

/** What a worker gets: the request, every file (it prepares those it takes), and whether to load the built-in models. */
export interface PrepareWorkerRequest {
  prepare: PrepareRequest;
  files: DiscoveredFile[];
  loadModels: boolean;
}

export interface PreparedWorkspace {
  /** The workspace of the listed files, as buildWorkspace builds it. */
  workspace: Workspace;
  /** The runs of the prepared object checks, by object (ValidateOptions.objectChecks). */
  objectChecks: Map<KubernetesObject, ObjectCheckRun[]>;
  /** How many files each thread prepared, this one first (a worker that took none is left out). */
  perThread: number[];
}

/** The workspace of the listed files, prepared on `options.threads` threads. */
export async function prepareOnThreads(listed: WorkspaceFiles, prepare: PrepareRequest, options: PrepareOnThreads): Promise<PreparedWorkspace> {
  const { files } = listed;
  const loadModels = mayHoldManifests(files);
  const { here, workers } = await runClaims<PrepareWorkerRequest, [number, PreparedFile][], PackedFiles>({
    entry: options.workerEntry,
    what: 'validate',
    threads: options.threads,
    count: files.length,
    request: { prepare, files, loadModels },
    isEveryThreadTaking: options.isEveryThreadTaking,
    runHere: async (claim) => prepareClaimed(files, createFilePreparer(prepare, loadModels ? await loadBuiltInModels() : undefined), claim),
  });
  const fromWorkers = workers.map(unpackPreparedFiles);
  const prepared = new Map<string, PreparedFile>();
  for (const [index, file] of [...here, ...fromWorkers.flat()]) prepared.set(files[index].path, file);
  return { ...preparedWorkspace(listed, prepared), perThread: [here.length, ...fromWorkers.map((w) => w.length)] };
}

/** Prepares the files this thread takes, until none is left. */
export function prepareClaimed(files: readonly DiscoveredFile[], prepare: (file: DiscoveredFile) => PreparedFile, claim: Claim): [number, PreparedFile][] {
  const out: [number, PreparedFile][] = [];
  for (let index = claim(); index !== undefined; index = claim()) out.push([index, prepare(files[index])]);
  return out;
}
