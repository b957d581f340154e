/**
 * The score use case: scores the checkout and, in the same run, the merge base of a base ref: the base is checked out
 * into a temporary git worktree (no second checkout step in the workflow) and removed afterwards,
 * also when the run is interrupted (see git/base-worktree.ts).
 * The secret scanner runs over both trees, so the secrets check compares like with like.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadCheckedConfig } from '../core/validate/config';
import type { StackgateConfig } from '../core/config/schema';
import { isUserError, toError } from '../core/errors';
import type { Finding } from '../core/findings';
import type { Logger } from '../core/logger';
import { compareReadiness, type ReadinessDelta } from '../core/readiness/delta';
import type { ReadinessReport } from '../core/readiness/report-schema';
import { scoreRepository } from '../core/readiness/run';
import { toFinding } from '../core/secrets/report';
import type { ExternalTools } from '../core/validate/run';
import { isGitRepository } from '../adapters/git/secret-sources';
import { git, resolveCommit } from '../adapters/git/run-git';
import type { ProxySettings } from '../adapters/github/proxy';
import { addBaseWorktree } from '../adapters/git/base-worktree';
import { scanSecrets } from './scan-secrets';

export interface ScoreWithBaseOptions {
  root: string;
  configPath?: string;
  /** A ref or commit to compare with (its merge base with HEAD is scored). */
  base?: string;
  /** Scan the tree for secrets (default true). */
  secrets?: boolean;
  workerEntry?: string;
  toolVersion: string;
  /** Proxies for the GitHub API (secrets.verify.github), as the entry point read them from the environment. */
  proxy?: ProxySettings;
  /**
   * The trees of head and base are already on disk, without git (the GitHub App downloads both
   * commits): `root` is the head at `commits.head`, `baseRoot` the base at `commits.base`.
   */
  trees?: { baseRoot: string; commits: { head: string; base: string } };
}

/** The clock, the external tools and the log of a score run. */
export interface ScoreWithBasePorts {
  /** The report's timestamp (default the current time). */
  now?: () => Date;
  /** promtool for the monitoring checks; without it they do not run it. */
  externalTools?: ExternalTools;
  /** Where the run is shown as one group (the action's log); without it, nothing is logged. */
  log?: Logger;
}

export interface ScoreWithBaseResult {
  report: ReadinessReport;
  config: StackgateConfig;
  configFile?: string;
  delta?: ReadinessDelta;
  baseReport?: ReadinessReport;
  /** Why there is no delta although a base was asked for (shown to reviewers, never fatal). */
  baseProblem?: string;
  /** Every secret value found (by the scanner, or quoted by a finding), for ::add-mask:: before anything is printed. */
  valuesToMask: string[];
}

export async function scoreWithBase(options: ScoreWithBaseOptions, ports: ScoreWithBasePorts = {}): Promise<ScoreWithBaseResult> {
  return ports.log ? ports.log.group('Score the checkout and its base', () => scoreBoth(options, ports)) : scoreBoth(options, ports);
}

async function scoreBoth(options: ScoreWithBaseOptions, ports: ScoreWithBasePorts): Promise<ScoreWithBaseResult> {
  const run: ScoreRun = { ...options, now: ports.now?.() ?? new Date(), externalTools: ports.externalTools };
  const { config, file: configFile } = loadCheckedConfig(options.root, options.configPath);
  const inGit = !options.trees && isGitRepository(options.root);
  const head = await scoreCheckout(options.root, config, configFile, run, options.trees?.commits.head ?? (inGit ? resolveCommit(options.root) : undefined));
  const result: ScoreWithBaseResult = { report: head.report, config, configFile, valuesToMask: head.valuesToMask };
  if (options.trees) return withBase(result, options.trees.baseRoot, options.trees.commits.base, options, run);
  if (!options.base) return result;
  if (!inGit) return { ...result, baseProblem: `cannot compare with ${options.base}: ${options.root} is not in a git repository` };

  let mergeBase: string;
  try {
    mergeBase = git(options.root, ['merge-base', '--end-of-options', options.base, 'HEAD']).trim();
  } catch (e) {
    return {
      ...result,
      baseProblem: `cannot compare with ${options.base}: ${toError(e).message.split('\n')[0]} (fetch the base with actions/checkout fetch-depth: 0)`,
    };
  }
  const top = git(options.root, ['rev-parse', '--show-toplevel']).trim();
  const sub = path.relative(fs.realpathSync(top), fs.realpathSync(options.root));
  const worktree = addBaseWorktree(top, mergeBase);
  try {
    return await withBase(result, path.join(worktree.dir, sub), mergeBase, options, run, sub || '.');
  } finally {
    await worktree.remove();
  }
}

/** The head's result with the base at `baseRoot` scored and compared. */
async function withBase(
  result: ScoreWithBaseResult,
  baseRoot: string,
  baseCommit: string,
  options: ScoreWithBaseOptions,
  run: ScoreRun,
  name = '.',
): Promise<ScoreWithBaseResult> {
  const { config, configFile } = result;
  let baseConfig: { config: StackgateConfig; file?: string };
  try {
    baseConfig = fs.existsSync(baseRoot) ? loadCheckedConfig(baseRoot, options.configPath) : { config, file: configFile };
  } catch (e) {
    // The base's stackgate.yml may predate this version's schema; score it with today's.
    if (!isUserError(e)) throw e;
    baseConfig = { config, file: configFile };
  }
  const base = fs.existsSync(baseRoot)
    ? await scoreCheckout(baseRoot, baseConfig.config, baseConfig.file, run, baseCommit)
    : { report: undefined, valuesToMask: [] };
  if (!base.report) return { ...result, baseProblem: `${name} does not exist at the base ${baseCommit.slice(0, 7)}` };
  return {
    ...result,
    baseReport: base.report,
    delta: compareReadiness(result.report, base.report),
    valuesToMask: [...result.valuesToMask, ...base.valuesToMask],
  };
}

/** The options of both checkouts' scores: one timestamp for head and base. */
type ScoreRun = ScoreWithBaseOptions & { now: Date; externalTools?: ExternalTools };

async function scoreCheckout(
  root: string,
  config: StackgateConfig,
  configFile: string | undefined,
  options: ScoreRun,
  commit: string | undefined,
): Promise<{ report: ReadinessReport; valuesToMask: string[] }> {
  let secrets: Finding[] | undefined;
  let valuesToMask: string[] = [];
  if (options.secrets !== false) {
    // An empty checkout (a base before the first file) scores as empty; it is not a usage error here.
    const scan = await scanSecrets({ root, config, configFile, mode: 'tree', workerEntry: options.workerEntry, proxy: options.proxy, allowEmpty: true });
    secrets = scan.findings.map(toFinding);
    valuesToMask = scan.valuesToMask;
  }
  const { report, validation } = await scoreRepository({
    root,
    config,
    configFile,
    secrets,
    commit,
    toolVersion: options.toolVersion,
    now: options.now,
    externalTools: options.externalTools,
  });
  return { report, valuesToMask: [...new Set([...valuesToMask, ...validation.valuesToMask])] };
}
