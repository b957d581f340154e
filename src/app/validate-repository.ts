/**
 * The validate use case (the validate action, `stackgate validate`): read the checked stackgate.yml,
 * settle fail-on and the promtool mode (an input or flag over the config), list what changed when the
 * event has a commit range, run every check, and say whether a finding reaches fail-on. Findings come
 * back redacted, with the secrets they would have quoted as values to mask.
 */
import type { StackgateConfig } from '../core/config/schema';
import { toError, type UserError } from '../core/errors';
import { isAtLeast } from '../core/findings';
import type { Logger } from '../core/logger';
import { loadCheckedConfig } from '../core/validate/config';
import { validateRepositoryFiles, type ExternalTools, type ValidateOptions, type ValidateResult } from '../core/validate/run';
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
}

/** The log (the changed files, the run as one group), the external tools and the clock of the duration. */
export interface ValidateRepositoryPorts {
  log: Logger;
  /** promtool for the monitoring checks; without it they do not run it. */
  externalTools?: ExternalTools;
  /** Milliseconds, for the run's duration (default Date.now). */
  now?: () => number;
}

export interface ValidateRepositoryResult {
  config: StackgateConfig;
  configFile?: string;
  failOn: FailOn;
  /** The files the commit range changed under root, repository-relative; undefined without a range or when git cannot tell. */
  changed?: Set<string>;
  validation: ValidateResult;
  /** For the reports: files and stacks read, how long the checks took, the environments of the stacks. */
  summary: { filesChecked: number; stacks: number; durationMs: number; environments: string[] };
  /** Whether a finding is at or above fail-on. */
  failed: boolean;
}

export async function validateRepository(options: ValidateRepositoryOptions, ports: ValidateRepositoryPorts): Promise<ValidateRepositoryResult> {
  const { root } = options;
  const { log } = ports;
  const now = ports.now ?? Date.now;
  const { config, file: configFile } = loadCheckedConfig(root, options.configPath);
  const failOn = options.failOn ?? config.failOn;
  if (!isOneOf(FAIL_ON, failOn)) throw options.invalidInput('fail-on', failOn);
  if (options.promtool !== undefined) {
    if (!isOneOf(PROMTOOL_MODES, options.promtool)) throw options.invalidInput('promtool', options.promtool);
    config.monitoring.promtool = options.promtool;
  }

  const changed = options.changes && changedUnderRoot(options.changes, log);
  if (!options.changes && options.changedOnly) log.info('changed-only: this event has no commit range; validating every file');
  const files = options.changedOnly ? changed : options.files;

  const started = now();
  const validation = await log.group('Validate', async () =>
    validateRepositoryFiles({ root, config, configFile, only: options.only, files, externalTools: ports.externalTools, scope: options.scope }),
  );
  const summary = {
    filesChecked: validation.stats.files,
    stacks: validation.stats.stacks,
    durationMs: now() - started,
    environments: validation.compose.environments.map((e) => e.name).filter((name) => name !== ''),
  };
  const failed = failOn !== 'never' && validation.findings.some((f) => isAtLeast(f.severity, failOn));
  return { config, configFile, failOn, changed, validation, summary, failed };
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
