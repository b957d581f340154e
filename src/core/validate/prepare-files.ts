/**
 * The part of validate that runs file by file, so that threads can share it: parse a file,
 * recognise its documents and run the checks of each Kubernetes object in it (object-checks.ts).
 * A thread prepares the files it takes; validate then builds the workspace from their parses, in
 * file order, and takes the prepared object checks in place of running them, so the findings are
 * those of a run on one thread. Everything else (Compose stacks, the checks across objects and
 * across the repository) needs every file and runs after, on the calling thread.
 */
import { CHECKS } from '../checks/index';
import type { StackgateConfig } from '../config/schema';
import type { BuiltInModels } from '../kubernetes/built-in-models';
import { isProductionManifest } from '../kubernetes/environment';
import type { KubernetesObject } from '../kubernetes/objects';
import type { DiscoveredFile } from '../source/discover';
import type { RepositoryLayout } from '../source/layout';
import { packParsedYaml, unpackParsedYaml, type PackedYaml } from '../source/packed-yaml';
import { buildWorkspace, type ClassifiedFile, type Workspace, type WorkspaceFiles } from '../source/workspace';
import type { ParsedYaml } from '../source/yaml-tree';
import { checkObject, objectChecksOf, type ObjectCheckRun } from './object-checks';
import { resolveCheckSettings } from './settings';

/** What every thread needs to prepare files (plain data: it is posted to worker threads). */
export interface PrepareRequest {
  root: string;
  config: StackgateConfig;
  /** Run only these check ids (`--check`). */
  only?: readonly string[];
  layout: RepositoryLayout;
}

export interface PreparedFile {
  /** The file parsed (undefined for the files validate does not parse: Dockerfiles, .env, Helm templates). */
  parsed?: ParsedYaml;
  /** The check runs of each of its Kubernetes objects, in order; undefined when they are left to validate. */
  objects?: ObjectCheckRun[][];
  /** The file recognised alone, on the thread that prepared it (never posted: a worker's files are recognised again from their parses). */
  classified?: ClassifiedFile;
}

/** Prepares files for a request; without built-in models, files with objects leave them to validate when kubernetes/schema runs. */
export function createFilePreparer(request: PrepareRequest, builtInModels: BuiltInModels | undefined): (file: DiscoveredFile) => PreparedFile {
  const settings = resolveCheckSettings(CHECKS, request.config, request.only);
  const checks = objectChecksOf(CHECKS, settings);
  const hasModels = !!builtInModels || !checks.some((c) => c.id === 'kubernetes/schema');
  const context = { settings, builtInModels: builtInModels ?? new Map() };
  return (file) => {
    // The file alone, recognised as loadWorkspace recognises it among the others.
    const ws = buildWorkspace({ root: request.root, files: [file], paths: [], problems: [], layout: request.layout });
    const parsed = ws.parsed.get(file.path);
    if (!ws.kubernetes.length || !hasModels) return { parsed, classified: ws };
    const objects = ws.kubernetes.map((o) => checkObject(o, checks, { ...context, isProduction: isProductionManifest(o, request.config) }));
    return { parsed, objects, classified: ws };
  };
}

/** Whether a thread should load the built-in models before preparing files: some file may hold a manifest (a model missing only leaves its checks to validate). */
export function mayHoldManifests(files: readonly DiscoveredFile[]): boolean {
  return files.some((f) => f.text.includes('apiVersion'));
}

/**
 * The workspace of the listed files, built from their preparation (as buildWorkspace builds it from
 * the files), and the runs of the prepared object checks by object (a file's objects come in the
 * order they were prepared).
 */
export function preparedWorkspace(
  listed: WorkspaceFiles,
  prepared: ReadonlyMap<string, PreparedFile>,
): { workspace: Workspace; objectChecks: Map<KubernetesObject, ObjectCheckRun[]> } {
  const parsed = new Map<string, ParsedYaml>();
  const classified = new Map<string, ClassifiedFile>();
  for (const [file, p] of prepared) {
    if (p.classified) classified.set(file, p.classified);
    else if (p.parsed) parsed.set(file, p.parsed);
  }
  const workspace = buildWorkspace(listed, { parsed, classified });
  const objectChecks = new Map<KubernetesObject, ObjectCheckRun[]>();
  const seen = new Map<string, number>();
  for (const object of workspace.kubernetes) {
    const index = seen.get(object.file) ?? 0;
    seen.set(object.file, index + 1);
    const runs = prepared.get(object.file)?.objects?.[index];
    if (runs) objectChecks.set(object, runs);
  }
  return { workspace, objectChecks };
}

/** Prepared files packed to leave a worker thread: the parses packed (packed-yaml.ts), the reports as they are. */
export interface PackedFiles {
  /** Indexes of the files in the request, in the order packed. */
  indexes: number[];
  /** Per file, whether it was parsed (its parse is the next one packed). */
  isParsed: boolean[];
  parsed: PackedYaml;
  objects: (ObjectCheckRun[][] | undefined)[];
}

export function packPreparedFiles(prepared: readonly [index: number, file: PreparedFile][]): PackedFiles {
  const parsed = prepared.flatMap(([, p]) => (p.parsed ? [p.parsed] : []));
  return {
    indexes: prepared.map(([index]) => index),
    isParsed: prepared.map(([, p]) => !!p.parsed),
    parsed: packParsedYaml(parsed),
    objects: prepared.map(([, p]) => p.objects),
  };
}

export function unpackPreparedFiles(packed: PackedFiles): [index: number, file: PreparedFile][] {
  const parsed = unpackParsedYaml(packed.parsed);
  let next = 0;
  return packed.indexes.map((index, i) => [index, { parsed: packed.isParsed[i] ? parsed[next++] : undefined, objects: packed.objects[i] }]);
}
