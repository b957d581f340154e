import fs from 'node:fs';
import path from 'node:path';
import { createHelmRenderer } from '../../adapters/helm/helm-template';
import { createKustomizeRenderer } from '../../adapters/kustomize/kubectl-kustomize';
import { createPromtoolRunner } from '../../adapters/prometheus/promtool';
import { CHECKS } from '../../core/checks/index';
import { suggest } from '../../core/did-you-mean';
import { UserError } from '../../core/errors';
import { SEVERITIES, type Finding, type Severity } from '../../core/findings';
import { isCandidateName } from '../../core/source/discover';
import { FORMATS, parseFormat, renderFormat, type OutputFormat } from '../../core/validate/formats';
import type { ValidateResult } from '../../core/validate/run';
import { FAIL_ON, PROMTOOL_MODES, validateRepository } from '../../app/validate-repository';
import type { CliIo } from '../io';
import { COLOR_HELP, shouldColor } from '../color';
import {
  BASE_OPTIONS,
  COLOR_OPTIONS,
  describeFormats,
  parseCommandArgs,
  parseOutputs,
  parseWorkers,
  type CommandOptions,
  type OptionValues,
} from '../command-args';
import { resolveValidateTarget, type ValidateTarget } from '../validate-target';
import { VERSION } from '../../core/version';
import { writeResult } from '../result-output';
import { findingsInRepository } from '../repository-paths';
import { isDebugRun, stderrLog } from '../stderr-log';

export const VALIDATE_HELP = `stackgate validate [path | file] [options] — check a repository before it reaches production

Validates Compose stacks (the effective stack of each environment), Kubernetes manifests,
Dockerfiles, Prometheus rules and config, Grafana dashboards, and the repository as a whole: CI
workflows, runbooks and docs, monitoring coverage, environment parity. Every enabled check of
"stackgate checks" runs, so a plain run reports what --check <id> reports for each id.

[path] is a directory (default .), validated under the nearest stackgate.yml at or above it (never
above the top level of its git repository): from anywhere, the same directory gives the same
findings. A subdirectory with a stackgate.yml of its own is validated under that one. A file is
validated with the stackgate.yml and the other files
of its repository (the nearest directory above it with a stackgate.yml or a .git; failing that, the
current directory when the file is inside it, else the file's own directory), and only its
findings are shown, under the path as given.

  -c, --config <file>        stackgate.yml to use, relative to the path (default: the nearest
                             stackgate.yml or .github/stackgate.yml at or above it)
  -f, --format <format>      ${describeFormats(FORMATS)} on stdout
  -o, --output <fmt=file>    also write a format to a file; repeatable (e.g. -o sarif=out.sarif)
      --fail-on <severity>   ${FAIL_ON.join(', ')}: lowest severity that exits 1 (default from
                             stackgate.yml: error)
      --min-severity <sev>   error, warning or info (default): list only findings at or above it in
                             text and markdown output; JSON, SARIF and JUnit keep every finding, and
                             --fail-on and the exit code still count them all
      --check <id>           run only this check; repeatable (the ids: stackgate checks;
                             stackgate explain <id> describes one)
      --changed <file>       report only findings in these repository-relative files; repeatable
      --promtool <mode>      auto (default: use promtool when installed), always or never
      --workers <n>          threads to parse and check files with, this one included (default:
                             all cores but one when the files add up to 1 MiB or more, else
                             one); 2 or more start workers whatever the size
${COLOR_HELP}
      --debug                print stack traces of internal errors
  -h, --help                 this help

Text output lists findings by file, then counts them by check with each check's first location.
On a terminal long messages wrap to its width; piped or written to a file, each finding is one line.

Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it, 2 usage or config error.
`;

export const VALIDATE_OPTIONS = {
  config: { type: 'string', short: 'c' },
  format: { type: 'string', short: 'f', default: 'text' },
  output: { type: 'string', short: 'o', multiple: true, default: [] },
  'fail-on': { type: 'string' },
  'min-severity': { type: 'string' },
  check: { type: 'string', multiple: true },
  changed: { type: 'string', multiple: true },
  promtool: { type: 'string' },
  workers: { type: 'string' },
  ...COLOR_OPTIONS,
  ...BASE_OPTIONS,
} satisfies CommandOptions;

export const VALIDATE_VALUES: OptionValues = {
  format: FORMATS,
  'fail-on': FAIL_ON,
  'min-severity': SEVERITIES,
  promtool: PROMTOOL_MODES,
  check: CHECKS.map((c) => c.id),
};

export async function runValidateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, VALIDATE_OPTIONS);
  if (values.help) {
    io.stdout.write(VALIDATE_HELP);
    return 0;
  }
  const target = resolveValidateTarget(positionals, io.cwd);
  const { root } = target;
  const format = parseFormat(values.format as string, '--format');
  const outputs = parseOutputs(values.output as string[], parseFormat);
  const minSeverity = parseMinSeverity(values['min-severity'] as string | undefined);
  const only = values.check as string[] | undefined;
  for (const id of only ?? []) assertCheckId(id);
  const changed = values.changed as string[] | undefined;
  const workers = parseWorkers(values.workers as string | undefined);
  const {
    validation: result,
    configFile,
    summary: repositorySummary,
    failed,
  } = await validateRepository(
    {
      root,
      configPath: values.config as string | undefined,
      failOn: values['fail-on'] as string | undefined,
      promtool: values.promtool as string | undefined,
      invalidInput: (input, value) =>
        input === 'fail-on'
          ? new UserError(`--fail-on: unknown severity "${value}"`, { hint: `use ${FAIL_ON.join(', ')}` })
          : new UserError(`--promtool: unknown mode "${value}"`, { hint: `use ${PROMTOOL_MODES.join(', ')}` }),
      only,
      files: target.file ? new Set([target.file.rel].filter((f) => !changed || changed.includes(f))) : changed ? new Set(changed) : undefined,
      // Every check, the repository-level ones too: a plain run reports what --check <id> reports for each id.
      scope: 'repository',
      workers,
    },
    {
      log: stderrLog(io, isDebugRun(args, io.env)),
      externalTools: { promtool: createPromtoolRunner(), helm: createHelmRenderer(), kustomize: createKustomizeRenderer() },
      workerEntry: io.validateWorkerEntry,
    },
  );
  for (const id of only ?? []) {
    if (!result.settings.get(id)?.enabled)
      io.stderr.write(`stackgate: --check ${id}: the check is turned off in ${configFile ?? 'stackgate.yml'}; it did not run\n`);
  }
  if (target.file) noteUnread(io, target, result);
  const findings = target.file ? asGiven(result.findings, target.file) : result.findings;
  const summary = target.file ? { filesChecked: 1, durationMs: repositorySummary.durationMs, environments: repositorySummary.environments } : repositorySummary;
  const renderOptions = { color: shouldColor(args, io), toolVersion: VERSION, minSeverity };
  // SARIF names files relative to the repository's root; the other formats, relative to the path given.
  let inRepository: Finding[] | undefined;
  const findingsFor = (f: OutputFormat): Finding[] => (f === 'sarif' ? (inRepository ??= findingsInRepository(result.findings, root)) : findings);
  writeResult(io, format, renderFormat(format, findingsFor(format), summary, { ...renderOptions, width: io.columns }));
  for (const o of outputs) {
    const out = path.resolve(io.cwd, o.file);
    try {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      io.writeFile(out, renderFormat(o.format, findingsFor(o.format), summary, { ...renderOptions, color: false }));
    } catch (e) {
      throw new UserError(`cannot write ${o.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  return failed ? 1 : 0;
}

/** --min-severity: a severity, or none (every finding is listed). */
function parseMinSeverity(value: string | undefined): Severity | undefined {
  if (value === undefined || (SEVERITIES as readonly string[]).includes(value)) return value as Severity | undefined;
  throw new UserError(`--min-severity: unknown severity "${value}"`, { hint: `use ${SEVERITIES.join(', ')}` });
}

/** A --check id that names no check would run nothing and pass: a usage error, with the closest id. */
function assertCheckId(id: string): void {
  if (CHECKS.some((c) => c.id === id)) return;
  const guess = suggest(
    id,
    CHECKS.map((c) => c.id),
  );
  throw new UserError(`--check: unknown check "${id}"${guess ? `; did you mean "${guess}"?` : ''}`, {
    hint: 'run "stackgate checks" for the list of check ids',
  });
}

/** Findings of a single-file run carry the path the user typed. */
function asGiven(findings: readonly Finding[], file: { rel: string; given: string }): Finding[] {
  return findings.map((f) => (f.file === file.rel ? { ...f, file: file.given } : f));
}

/** A file the run never read gets no findings: say so rather than pass it silently. */
function noteUnread(io: CliIo, target: ValidateTarget, result: ValidateResult): void {
  const { rel, given } = target.file!;
  const ws = result.workspace;
  if (!ws.paths.includes(rel)) io.stderr.write(`stackgate: ${given}: not validated: ignored (by .gitignore, or inside .git or node_modules)\n`);
  else if (isCandidateName(path.posix.basename(rel)) && !ws.files.has(rel) && !result.findings.some((f) => f.file === rel)) {
    io.stderr.write(`stackgate: ${given}: not validated: left out by the include/exclude globs of stackgate.yml\n`);
  }
}
