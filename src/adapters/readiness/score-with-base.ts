/**
 * Scores the checkout and, in the same run, the merge base of a base ref: the base is checked out
 * into a temporary git worktree (no second checkout step in the workflow) and removed afterwards,
 * also when the run is interrupted (see git/base-worktree.ts).
 * The secret scanner runs over both trees, so the secrets check compares like with like.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadCheckedConfig } from '../../core/validate/config';
import type { StackgateConfig } from '../../core/config/schema';
import { isUserError, toError } from '../../core/errors';
import type { Finding } from '../../core/findings';
import { compareReadiness, type ReadinessDelta } from '../../core/readiness/delta';
import type { ReadinessReport } from '../../core/readiness/report-schema';
import { scoreRepository } from '../../core/readiness/run';
import { toFinding } from '../../core/secrets/report';
import type { ExternalTools } from '../../core/validate/run';
import { isGitRepository } from '../git/secret-sources';
import { git, resolveCommit } from '../git/run-git';
import type { ProxySettings } from '../github/proxy';
import { scanSecrets } from '../../app/scan-secrets';
import { addBaseWorktree } from '../git/base-worktree';

export interface ScoreWithBaseOptions {
  root: string;
  configPath?: string;
  /** A ref or commit to compare with (its merge base with HEAD is scored). */
  base?: string;
  /** Scan the tree for secrets (default true). */
  secrets?: boolean;
  workerEntry?: string;
  toolVersion: string;
  now: Date;
  externalTools?: ExternalTools;
  /** Proxies for the GitHub API (secrets.verify.github), as the entry point read them from the environment. */
  proxy?: ProxySettings;
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

export async function scoreWithBase(options: ScoreWithBaseOptions): Promise<ScoreWithBaseResult> {
  const { config, file: configFile } = loadCheckedConfig(options.root, options.configPath);
  const inGit = isGitRepository(options.root);
  const head = await scoreCheckout(options.root, config, configFile, options, inGit ? resolveCommit(options.root) : undefined);
  const result: ScoreWithBaseResult = { report: head.report, config, configFile, valuesToMask: head.valuesToMask };
  if (!options.base) return result;
  if (!inGit) return { ...result, baseProblem: `cannot compare with ${options.base}: ${options.root} is not in a git repository` };

  let mergeBase: string;
  try {
    mergeBase = git(options.root, ['merge-base', '--end-of-options', options.base, 'HEAD']).trim();
  } catch (e) {
    return { ...result, baseProblem: `cannot compare with ${options.base}: ${toError(e).message.split('\n')[0]} (fetch the base with actions/checkout fetch-depth: 0)` };
  }
  const top = git(options.root, ['rev-parse', '--show-toplevel']).trim();
  const sub = path.relative(fs.realpathSync(top), fs.realpathSync(options.root));
  const worktree = addBaseWorktree(top, mergeBase);
  try {
    const baseRoot = path.join(worktree.dir, sub);
    let baseConfig: { config: StackgateConfig; file?: string };
    try {
      baseConfig = fs.existsSync(baseRoot) ? loadCheckedConfig(baseRoot, options.configPath) : { config, file: configFile };
    } catch (e) {
      // The base's stackgate.yml may predate this version's schema; score it with today's.
      if (!isUserError(e)) throw e;
      baseConfig = { config, file: configFile };
    }
    const base = fs.existsSync(baseRoot)
      ? await scoreCheckout(baseRoot, baseConfig.config, baseConfig.file, options, mergeBase)
      : { report: undefined, valuesToMask: [] };
    if (!base.report) return { ...result, baseProblem: `${sub || '.'} does not exist at the base ${mergeBase.slice(0, 7)}` };
    return { ...result, baseReport: base.report, delta: compareReadiness(head.report, base.report), valuesToMask: [...result.valuesToMask, ...base.valuesToMask] };
  } finally {
    await worktree.remove();
  }
}

async function scoreCheckout(
  root: string,
  config: StackgateConfig,
  configFile: string | undefined,
  options: ScoreWithBaseOptions,
  commit: string | undefined,
): Promise<{ report: ReadinessReport; valuesToMask: string[] }> {
  let secrets: Finding[] | undefined;
  let valuesToMask: string[] = [];
  if (options.secrets !== false) {
    const scan = await scanSecrets({ root, config, configFile, mode: 'tree', workerEntry: options.workerEntry, proxy: options.proxy });
    secrets = scan.findings.map(toFinding);
    valuesToMask = scan.valuesToMask;
  }
  const { report, validation } = scoreRepository({ root, config, configFile, secrets, commit, toolVersion: options.toolVersion, now: options.now, externalTools: options.externalTools });
  return { report, valuesToMask: [...new Set([...valuesToMask, ...validation.valuesToMask])] };
}
