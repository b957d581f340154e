/**
 * The validate use case (the validate action, `stackgate validate`): read the checked stackgate.yml,
 * settle fail-on and the promtool mode (an input or flag over the config), list what changed when the
 * event has a commit range, run every check, and say whether a finding reaches fail-on. Findings come
 * back redacted, with the secrets they would have quoted as values to mask.
 *
 * The config is the nearest stackgate.yml at or above the path (never above the git top level), so
 * the results do not depend on the working directory; a subdirectory with a stackgate.yml of its
 * own is validated under that one.
 */
import path from 'node:path';
import type { StackgateConfig } from '../core/config/schema';
import { isUserError, toError, UserError } from '../core/errors';
import { compareFindings, isAtLeast } from '../core/findings';
import type { Logger } from '../core/logger';
import type { LoadedConfig } from '../core/config/load';
import { isDirectoryIgnored } from '../core/source/discover';
import { nearestConfigDirectory, nestedConfigDirectories } from '../core/config/nearest-config';
import { loadCheckedConfig } from '../core/validate/config';
import { listValidateFiles, validateRepositoryFiles, type ExternalTools, type ValidateOptions, type ValidateResult } from '../core/validate/run';
import { buildWorkspace, type WorkspaceFiles } from '../core/source/workspace';
import type { PrepareRequest } from '../core/validate/prepare-files';
import { prepareThreadCount } from '../adapters/validate/prepare-threads';
import type { PrepareOnThreads, PreparedWorkspace } from '../adapters/validate/prepare-pool';
import { changedFiles, type ChangeRange } from '../adapters/git/changed-files';

export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const satisfies readonly StackgateConfig['failOn'][];
export const PROMTOOL_MODES = ['auto', 'always', 'never'] as const satisfies readonly StackgateConfig['monitoring']['promtool'][];
export type FailOn = (typeof FAIL_ON)[number];

export interface ValidateRepositoryOptions {
  root: string;
  /** stackgate.yml to use, relative to root (default stackgate.yml or .github/stackgate.yml). */
  configPath?: string;
  /** The fail-on input or flag as given; default stackgate.yml's failOn. Checked once the config is read. */
  failOn?: string;
  /** The promtool mode as given (`--promtool`); default stackgate.yml's monitoring.promtool. */
  promtool?: string;
  /** The error for an input or flag of an unknown value, in the entry point's words (`--fail-on`, `input "fail-on"`). */
  invalidInput: (input: 'fail-on' | 'promtool', value: string) => UserError;
  /** Run only these check ids (`--check`). */
  only?: readonly string[];
  /** Report only these repository-relative files (`--changed`, a single file). */
  files?: Set<string>;
  /** The event's commit range in the git checkout at `workspace`, where root is the folder `prefix` ('' for the top). */
  changes?: { workspace: string; range: ChangeRange; prefix: string };
  /** Report only the files the commit range changed (the action's changed-only); without a range, every file. */
  changedOnly?: boolean;
  scope?: ValidateOptions['scope'];
  /** Threads to parse and check files with, this one included (`--workers`); default: all cores but one for a large repository, else one. */
  workers?: number;
}

/** The log (the changed files, the run as one group), the external tools and the clock of the duration. */
export interface ValidateRepositoryPorts {
  log: Logger;
  /** promtool for the monitoring checks; without it they do not run it. */
  externalTools?: ExternalTools;
  /** Milliseconds, for the run's duration (default Date.now). */
  now?: () => number;
  /** validate's worker bundle (dist/validate-worker/index.js); without it validate runs on one thread. */
  workerEntry?: string;
}

export interface ValidateRepositoryResult {
  config: StackgateConfig;
  /** The config file read, relative to `root`. */
  configFile?: string;
  /**
   * The tree the run read: the path given, or the directory above it whose stackgate.yml governs it.
   * The findings are those under the path given, their files relative to it.
   */
  root: string;
  failOn: FailOn;
  /** The files the commit range changed under the path given, relative to it; undefined without a range or when git cannot tell. */
  changed?: Set<string>;
  validation: ValidateResult;
  /** For the reports: files and stacks read, how long the checks took, the environments of the stacks. */
  summary: { filesChecked: number; stacks: number; durationMs: number; environments: string[] };
  /** Whether a finding is at or above fail-on. */
  failed: boolean;
}

export async function validateRepository(options: ValidateRepositoryOptions, ports: ValidateRepositoryPorts): Promise<ValidateRepositoryResult> {
  const { log } = ports;
  const now = ports.now ?? Date.now;
  // The nearest stackgate.yml at or above the path governs it (a --config names one outright): the
  // run reads the tree of that config and reports the findings under the path, relative to it.
  // A path that config's tree leaves out (git ignores it) is validated as a tree of its own: named
  // outright, it is validated, never silently dropped.
  const governing = (!options.configPath && nearestConfigDirectory(options.root)) || options.root;
  const governingSubtree = path.relative(governing, options.root).split(path.sep).join('/');
  const ignoredThere = governingSubtree !== '' && isDirectoryIgnored(governing, governingSubtree);
  const root = ignoredThere ? options.root : governing;
  const subtree = ignoredThere ? '' : governingSubtree;
  if (ignoredThere)
    log.info(`${governingSubtree}/ is ignored by git in ${governing}: validating it as a tree of its own, without ${path.join(governing, 'stackgate.yml')}`);
  const { config, file: configFile } = loadCheckedConfig(root, options.configPath);
  if (subtree)
    log.info(`${subtree}/ is governed by ${path.join(root, configFile ?? 'stackgate.yml')}: validating that tree, reporting the findings under ${subtree}/`);
  const failOn = options.failOn ?? config.failOn;
  if (!isOneOf(FAIL_ON, failOn)) throw options.invalidInput('fail-on', failOn);
  if (options.promtool !== undefined && !isOneOf(PROMTOOL_MODES, options.promtool)) throw options.invalidInput('promtool', options.promtool);
  const promtool = options.promtool;
  if (promtool !== undefined) config.monitoring.promtool = promtool;

  const changedInTree = options.changes && changedUnderRoot({ ...options.changes, prefix: treePrefix(options.changes.prefix, subtree) }, log);
  if (!options.changes && options.changedOnly) log.info('changed-only: this event has no commit range; validating every file');
  const givenFiles = options.files && new Set([...options.files].map((f) => (subtree ? `${subtree}/${f}` : f)));
  const files = options.changedOnly ? changedInTree : givenFiles;

  const started = now();
  const whole = await log.group('Validate', async () =>
    validateTree(root, { config, file: configFile }, { only: options.only, files, scope: options.scope, promtool, workers: options.workers }, ports),
  );
  const validation = subtree ? underSubtree(whole, subtree) : whole;
  const changed =
    changedInTree && subtree ? new Set([...changedInTree].filter((f) => f.startsWith(`${subtree}/`)).map((f) => f.slice(subtree.length + 1))) : changedInTree;
  const summary = {
    filesChecked: validation.stats.files,
    stacks: validation.stats.stacks,
    durationMs: now() - started,
    environments: validation.compose.environments.map((e) => e.name).filter((name) => name !== ''),
  };
  const failed = failOn !== 'never' && validation.findings.some((f) => isAtLeast(f.severity, failOn));
  return { config, configFile, root, failOn, changed, validation, summary, failed };
}

/**
 * Validates the tree of one stackgate.yml: its own files under its config, and each subdirectory
 * with a stackgate.yml of its own as a tree of its own (left out of this one), its findings under
 * its path. A nested tree gets the checks of its files and stacks; the repository-level checks
 * (workflows, documents, coverage) are those of the outermost run.
 */
async function validateTree(
  root: string,
  loaded: { config: StackgateConfig; file?: string },
  options: {
    only?: readonly string[];
    files?: ReadonlySet<string>;
    scope: ValidateOptions['scope'];
    promtool?: StackgateConfig['monitoring']['promtool'];
    workers?: number;
  },
  ports: ValidateRepositoryPorts,
): Promise<ValidateResult> {
  // The files of the tree; read again without the nested trees when there are some (rarely).
  let listed = listValidateFiles(root, loaded.config);
  const nested = nestedConfigDirectories(listed.paths, loaded.config);
  const config = nested.length ? { ...loaded.config, exclude: [...loaded.config.exclude, ...nested.map((dir) => `${dir}/**`)] } : loaded.config;
  if (nested.length) listed = listValidateFiles(root, config);
  // Large trees are parsed, and their objects checked, on several cores first.
  const threads = prepareThreadCount(listed.files, { workerEntry: ports.workerEntry, threads: options.workers });
  const { workspace, objectChecks } =
    threads > 1 && ports.workerEntry
      ? await prepareOnThreads(
          listed,
          { root, config, only: options.only, layout: listed.layout },
          { workerEntry: ports.workerEntry, threads, isEveryThreadTaking: options.workers !== undefined },
          ports.log,
        )
      : { workspace: buildWorkspace(listed), objectChecks: undefined };
  const result = await validateRepositoryFiles({
    root,
    workspace,
    config,
    configFile: loaded.file,
    only: options.only,
    files: options.files,
    externalTools: ports.externalTools,
    scope: options.scope,
    objectChecks,
  });
  for (const dir of nested) {
    const inner = loadNestedConfig(root, dir);
    if (options.promtool !== undefined) inner.config.monitoring.promtool = options.promtool;
    ports.log.info(`${dir}/: validated with its own ${inner.file ?? 'stackgate.yml'}`);
    const files = options.files && new Set([...options.files].filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1)));
    const sub = await validateTree(path.join(root, dir), inner, { ...options, files, scope: 'files' }, ports);
    result.findings.push(...sub.findings.map((f) => ({ ...f, file: `${dir}/${f.file}` })));
    result.valuesToMask.push(...sub.valuesToMask);
    sub.evaluated.forEach((id) => result.evaluated.add(id));
    for (const key of Object.keys(result.stats) as (keyof ValidateResult['stats'])[]) result.stats[key] += sub.stats[key];
  }
  if (nested.length) result.findings.sort(compareFindings);
  return result;
}

/** The workspace of the listed files, prepared on `threads` threads (prepare-pool.ts: loaded only for them). */
async function prepareOnThreads(listed: WorkspaceFiles, prepare: PrepareRequest, options: PrepareOnThreads, log: Logger): Promise<PreparedWorkspace> {
  const prepared = await (await import('../adapters/validate/prepare-pool')).prepareOnThreads(listed, prepare, options);
  log.debug(`parsed and checked ${listed.files.length} files on ${prepared.perThread.length} threads (${prepared.perThread.join(' + ')})`);
  return prepared;
}

/** The config of a nested tree; its errors name the file by its path in the outer tree. */
function loadNestedConfig(root: string, dir: string): LoadedConfig {
  try {
    return loadCheckedConfig(path.join(root, dir));
  } catch (e) {
    if (!isUserError(e) || !e.file) throw e;
    const file = `${dir}/${e.file}`;
    throw new UserError(e.message.split(`\n${e.file}:`).join(`\n${file}:`), { file, line: e.line, column: e.column, hint: e.hint });
  }
}

/**
 * The findings under `subtree` (a path inside the run's root), their files relative to it; and the
 * Compose stacks whose base file is under it, their files relative to it (the stacks a change
 * touches are listed from those). The effective stacks stay those of the whole tree.
 */
function underSubtree(result: ValidateResult, subtree: string): ValidateResult {
  const prefix = `${subtree}/`;
  const relative = (file: string): string => path.posix.relative(subtree, file);
  const findings = result.findings.filter((f) => f.file.startsWith(prefix)).map((f) => ({ ...f, file: f.file.slice(prefix.length) }));
  const stacks = result.compose.stacks
    .filter((s) => s.files[0]?.startsWith(prefix))
    .map((s) => ({
      ...s,
      files: s.files.map(relative),
      environments: Object.fromEntries(Object.entries(s.environments).map(([env, files]) => [env, files.map(relative)])),
      envFiles: s.envFiles.map(relative),
    }));
  return { ...result, findings, compose: { ...result.compose, stacks } };
}

/** The prefix (in the git workspace) of the tree's root: that of the path given, less the subtree. */
function treePrefix(prefix: string, subtree: string): string {
  if (!subtree || !prefix.endsWith(subtree)) return prefix;
  return prefix === subtree ? '' : prefix.endsWith(`/${subtree}`) ? prefix.slice(0, -subtree.length - 1) : prefix;
}

/** The changed files under root, relative to it; undefined (every file is validated) when git cannot list them. */
function changedUnderRoot({ workspace, range, prefix }: NonNullable<ValidateRepositoryOptions['changes']>, log: Logger): Set<string> | undefined {
  try {
    const files = changedFiles(workspace, range);
    log.info(`${files.length} files changed in ${range.base.slice(0, 7)}...${range.head.slice(0, 7)}`);
    return new Set(files.filter((f) => !prefix || f.startsWith(`${prefix}/`)).map((f) => (prefix ? f.slice(prefix.length + 1) : f)));
  } catch (e) {
    log.warning(`cannot list changed files (${toError(e).message.split('\n')[0]}); fetch history with actions/checkout fetch-depth: 0. Validating every file.`);
    return undefined;
  }
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
