import { proxySettingsFromEnv } from '../../adapters/github/proxy';
import { syncEnvironments } from '../../app/sync-environments';
import { exitCodeOf, renderEnvironmentsMarkdown, renderEnvironmentsText } from '../../core/environments/report';
import { UserError } from '../../core/errors';
import type { CliIo } from '../io';
import { BASE_OPTIONS, commandRoot, describeFormats, formatParser, parseCommandArgs, type CommandOptions } from '../command-args';
import { repositoryOption } from '../repository-option';
import { writeResult } from '../result-output';
import { stderrLog } from '../stderr-log';

export const FORMATS = ['text', 'json', 'markdown'] as const;
const parseFormat = formatParser(FORMATS);
export const MODES = ['sync', 'check'] as const;

export const ENVIRONMENTS_HELP = `stackgate environments <sync | check> [path] [options] — GitHub environments as code

Applies environments.<env>.protection of stackgate.yml to the repository's GitHub environments:
required reviewers (users, and teams as org/team-slug), wait timer, prevent self-review, whether
administrators may bypass, and the branches and tags that may deploy. check compares and writes
nothing; sync creates or updates what differs, and a second sync writes nothing. Environments
without a protection: section, and those stackgate.yml does not name, are never touched, and no
environment is ever deleted. See docs/environments.md.

Options:
      --repo <owner/name>    the GitHub repository (default: GITHUB_REPOSITORY)
  -f, --format <format>      ${describeFormats(FORMATS)} on stdout
  -c, --config <file>        stackgate.yml to use
      --debug                print stack traces of internal errors
  -h, --help                 this help

The token comes from the environment: GITHUB_TOKEN (or GH_TOKEN); GITHUB_API_URL for GitHub
Enterprise Server. check needs Actions (read); sync needs Administration (write) on the repository,
which a workflow's own GITHUB_TOKEN never has; teams as reviewers need Members (read) on the
organization.

Exit codes: 0 in sync (or synced), 1 check found drift, 2 usage, config, token or GitHub error
(sync: the report says what was applied and what was not).
`;

export const OPTIONS = {
  ...BASE_OPTIONS,
  repo: { type: 'string' },
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
} as const satisfies CommandOptions;

export async function runEnvironmentsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (values.help) {
    io.stdout.write(ENVIRONMENTS_HELP);
    return 0;
  }
  const [mode, ...rest] = positionals;
  if (!mode) throw new UserError('environments needs sync or check', { hint: 'stackgate environments check' });
  if (!isMode(mode)) throw new UserError(`environments: unknown mode "${mode}"`, { hint: 'use sync or check' });
  const format = values.format ? parseFormat(values.format, '--format') : 'text';
  const root = commandRoot(`environments ${mode}`, rest, io.cwd);
  const repository = repositoryOption(values.repo, io.env);
  if (!repository) throw new UserError(`environments ${mode} needs the GitHub repository`, { hint: '--repo owner/name, or set GITHUB_REPOSITORY' });
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token)
    throw new UserError(`environments ${mode} needs a GitHub token: set GITHUB_TOKEN (or GH_TOKEN)`, {
      hint: mode === 'sync' ? 'a token with the Administration repository permission (write)' : 'a token with the Actions repository permission (read)',
    });
  const report = await syncEnvironments({
    mode,
    root,
    config: values.config,
    repository,
    token,
    apiUrl: io.env.GITHUB_API_URL,
    proxy: proxySettingsFromEnv(io.env),
    log: stderrLog(io, !!values.debug),
  });
  writeResult(
    io,
    format,
    format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'markdown' ? renderEnvironmentsMarkdown(report) : renderEnvironmentsText(report),
  );
  return exitCodeOf(report);
}

function isMode(value: string): value is (typeof MODES)[number] {
  return (MODES as readonly string[]).includes(value);
}
