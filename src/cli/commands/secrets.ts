import path from 'node:path';
import { SCAN_MODES } from '../../adapters/git/secret-sources';
import { proxySettingsFromEnv } from '../../adapters/github/proxy';
import { assertMode, scanSecrets } from '../../app/scan-secrets';
import { loadConfig } from '../../core/config/load';
import { UserError } from '../../core/errors';
import { renderSecretsJson, secretChecks, toFinding } from '../../core/secrets/report';
import { renderJunit } from '../../core/report/junit';
import { renderMarkdownSummary } from '../../core/report/markdown';
import { buildSarif, SARIF_CATEGORY } from '../../core/report/sarif';
import { renderSkippedMarkdown, renderSkippedText, withSkippedNotifications } from '../../core/secrets/skipped';
import { renderText } from '../../core/report/text';
import { HELP_URI_BASE } from '../../core/validate/formats';
import type { CliIo } from '../io';
import { COLOR_HELP, shouldColor } from '../color';
import {
  BASE_OPTIONS,
  COLOR_OPTIONS,
  commandRoot,
  describeFormats,
  formatParser,
  parseCommandArgs,
  parseOutputs,
  parseWorkers,
  type CommandOptions,
  type OptionValues,
} from '../command-args';
import { assertCommit } from '../git-ref';
import { VERSION } from '../../core/version';
import { writeResult } from '../result-output';
import { findingsInRepository } from '../repository-paths';

const FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'] as const;
type SecretsFormat = (typeof FORMATS)[number];
const parseSecretsFormat = formatParser(FORMATS);

export const SECRETS_HELP = `stackgate secrets [path] [options] — find committed credentials without ever printing one

  -m, --mode <mode>          tree (default: every tracked file), diff (lines added since --base),
                             history (every commit reachable from --head), staged (the index; for a pre-commit hook)
      --base <ref>           diff: the base commit (default: merge base with the upstream branch, else HEAD~1)
      --head <ref>           diff/history: the head commit or ref (default HEAD)
  -f, --format <format>      ${describeFormats(FORMATS)}
  -o, --output <fmt=file>    also write a format to a file; repeatable
      --baseline <file>      accepted findings (default from stackgate.yml: .stackgate/secrets-baseline.json)
      --update-baseline      accept every current finding: write them to the baseline (fingerprints only)
      --fail-on <level>      error (default) or never
      --verify-github        ask the GitHub API (secrets.verify.apiUrl) whether GitHub tokens are live
      --workers <n>          threads to scan with (default: all cores)
      --allow-empty          pass a tree or history run that finds no file to scan (default: exit 2)
  -c, --config <file>        stackgate.yml to use
${COLOR_HELP}
      --debug                print stack traces of internal errors
  -h, --help                 this help

Files not scanned (binary, too large, unreadable) are listed in every format. A path named explicitly
is scanned even when git ignores it.

Exit codes: 0 no findings, 1 findings remain after allowlists and baseline, 2 usage or config error
(also a --base or --head that names no commit, and a tree or history run with no file to scan
unless --allow-empty).
`;

export const SECRETS_OPTIONS = {
  mode: { type: 'string', short: 'm', default: 'tree' },
  base: { type: 'string' },
  head: { type: 'string' },
  format: { type: 'string', short: 'f', default: 'text' },
  output: { type: 'string', short: 'o', multiple: true, default: [] },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean' },
  'fail-on': { type: 'string', default: 'error' },
  'verify-github': { type: 'boolean' },
  workers: { type: 'string' },
  'allow-empty': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  ...COLOR_OPTIONS,
  ...BASE_OPTIONS,
} satisfies CommandOptions;

export const SECRETS_VALUES: OptionValues = { mode: SCAN_MODES, format: FORMATS, 'fail-on': ['error', 'never'] };

export async function runSecretsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, SECRETS_OPTIONS);
  if (values.help) {
    io.stdout.write(SECRETS_HELP);
    return 0;
  }
  const root = commandRoot('secrets', positionals, io.cwd);
  const mode = assertMode(values.mode as string, '--mode');
  const format = parseSecretsFormat(values.format as string, '--format');
  const outputs = parseOutputs(values.output as string[], parseSecretsFormat);
  const failOn = values['fail-on'] as string;
  if (failOn !== 'error' && failOn !== 'never') throw new UserError(`--fail-on: expected error or never, got "${failOn}"`);
  const workers = parseWorkers(values.workers as string | undefined);
  const { config, file: configFile } = loadConfig(root, values.config as string | undefined);
  if (mode === 'diff' && values.base !== undefined) assertCommit(root, values.base as string, '--base');
  if ((mode === 'diff' || mode === 'history') && values.head !== undefined) assertCommit(root, values.head as string, '--head');

  const result = await scanSecrets({
    root,
    config,
    configFile,
    mode,
    base: values.base as string | undefined,
    head: values.head as string | undefined,
    baselineFile: values.baseline as string | undefined,
    updateBaseline: !!values['update-baseline'],
    verifyGitHub: values['verify-github'] ? true : undefined,
    workerEntry: io.workerEntry,
    proxy: proxySettingsFromEnv(io.env),
    workers,
    allowEmpty: !!values['allow-empty'],
  });
  // Text lists them on stdout; the other formats carry them too, and stderr says so for a reader of the terminal.
  if (format !== 'text') for (const s of result.skipped) io.stderr.write(`stackgate: skipped ${s.file}: ${s.reason}\n`);
  for (const i of result.invalidSuppressions) {
    io.stderr.write(
      `stackgate: ${i.file}:${i.line}: ${i.problem === 'missing-reason' ? `suppression of ${i.id} has no reason; it suppresses nothing` : `suppression names unknown rule "${i.id}"`}\n`,
    );
  }
  if (result.baselineWritten) {
    io.stderr.write(`stackgate: wrote ${result.baselineWritten.entries} accepted findings to ${result.baselineWritten.file}\n`);
    return 0;
  }
  const render = (f: SecretsFormat, color: boolean): string => {
    const findings = result.findings.map(toFinding);
    const summary = { filesChecked: result.summary.files };
    switch (f) {
      case 'json':
        return renderSecretsJson(result.findings, result.summary);
      case 'sarif':
        // Relative to the repository's root, like validate's SARIF; the other formats, to the path given.
        return `${JSON.stringify(
          withSkippedNotifications(
            buildSarif(findingsInRepository(findings, root), secretChecks(), {
              toolVersion: VERSION,
              category: SARIF_CATEGORY.secrets,
              informationUri: 'https://github.com/stackgate/stackgate',
              helpUriBase: HELP_URI_BASE,
            }),
            findingsInRepository(result.skipped, root),
          ),
          null,
          2,
        )}\n`;
      case 'junit':
        return renderJunit(findings, secretChecks());
      case 'markdown':
        return renderMarkdownSummary(findings, summary, { title: 'stackgate secrets' }) + renderSkippedMarkdown(result.skipped);
      case 'text':
        return renderText(findings, { color, summary }) + renderSkippedText(result.skipped);
    }
  };
  const color = shouldColor(args, io);
  writeResult(io, format, render(format, color));
  for (const o of outputs) io.writeFile(path.resolve(io.cwd, o.file), render(o.format, false));
  return failOn === 'error' && result.findings.length ? 1 : 0;
}
