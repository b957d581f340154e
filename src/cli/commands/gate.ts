import { resolveCommit } from '../../adapters/git/run-git';
import { evaluateGate } from '../../app/gate';
import { prepareGate } from '../../app/prepare-gate';
import { UserError } from '../../core/errors';
import { renderGateMarkdown, renderGateText } from '../../core/gate/render';
import type { CliIo } from '../io';
import { BASE_OPTIONS, commandRoot, describeFormats, formatParser, parseCommandArgs, type CommandOptions } from '../command-args';
import { writeResult } from '../result-output';
import { repositoryOption } from '../repository-option';
import { stderrLog } from '../stderr-log';

export const FORMATS = ['text', 'json', 'markdown'] as const;
const parseFormat = formatParser(FORMATS);

export const GATE_HELP = `stackgate gate [path] -e <env> [options] — may this commit be promoted to <env> now?

Evaluates environments.<env>.gate of stackgate.yml, as actions/gate does in the promotion job: a
verified stackgate deployment of the same commit in the previous environment (gate.requires) with
passed smoke tests and a readiness score of at least gate.minScore, soak time, freeze windows,
Prometheus checks, and the environment's protection rules on GitHub. Whatever cannot be proven
fails the gate. Outside a workflow run the approvals of the run are not checked (--run-id checks
those of a run). Reads only; changes nothing. See docs/promotion.md.

Options:
  -e, --environment <env>    the environment to promote to (required)
      --sha <commit>         the commit to promote (default: HEAD of the repository)
      --repo <owner/name>    the GitHub repository (default: GITHUB_REPOSITORY)
      --run-id <id>          judge the approvals of this workflow run too
      --dry-run              exit 0 even when the promotion is not allowed
  -f, --format <format>      ${describeFormats(FORMATS)} on stdout (json: the audit record)
  -c, --config <file>        stackgate.yml to use
      --debug                print stack traces of internal errors
  -h, --help                 this help

Credentials come from the environment: GITHUB_TOKEN (or GH_TOKEN; deployments and actions read),
GITHUB_API_URL for GitHub Enterprise Server, PROMETHEUS_TOKEN for gate.prometheus.

Exit codes: 0 allowed (or --dry-run), 1 not allowed, 2 usage or config error.
`;

export const OPTIONS = {
  ...BASE_OPTIONS,
  environment: { type: 'string', short: 'e' },
  sha: { type: 'string' },
  repo: { type: 'string' },
  'run-id': { type: 'string' },
  'dry-run': { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
} as const satisfies CommandOptions;

export async function runGateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (values.help) {
    io.stdout.write(GATE_HELP);
    return 0;
  }
  const environment = values.environment;
  if (!environment) throw new UserError('gate needs an environment', { hint: 'stackgate gate -e staging' });
  const format = values.format ? parseFormat(values.format, '--format') : 'text';
  const root = commandRoot('gate', positionals, io.cwd);
  const sha = (values.sha ?? resolveCommit(root))?.toLowerCase();
  if (!sha || !/^[0-9a-f]{40}$/.test(sha))
    throw new UserError(`gate needs the commit to promote: ${values.sha ? `"${values.sha}" is not a full commit SHA` : `${root} is not a git repository`}`, {
      hint: '--sha <40 hex digits>',
    });
  const repository = repositoryOption(values.repo, io.env);
  const runId = values['run-id'] === undefined ? undefined : Number(values['run-id']);
  if (runId !== undefined && !(Number.isSafeInteger(runId) && runId > 0))
    throw new UserError(`--run-id: expected a workflow run id (a positive integer), got "${values['run-id']}"`);
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  const log = stderrLog(io, !!values.debug);
  if (!token || !repository) log.warning('no GITHUB_TOKEN (or GH_TOKEN) and repository: every rule that reads GitHub fails closed');
  const serverUrl = io.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const { request, ports } = await prepareGate({
    root,
    config: values.config,
    environment,
    sha,
    dryRun: !!values['dry-run'],
    github: token && repository ? { token, apiUrl: io.env.GITHUB_API_URL, repository } : undefined,
    repository: repository ? `${repository.owner}/${repository.repo}` : undefined,
    run: runId !== undefined && repository ? { id: runId, url: `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` } : undefined,
    prometheusToken: io.env.PROMETHEUS_TOKEN || undefined,
    log,
  });
  const audit = await evaluateGate(request, ports);
  writeResult(
    io,
    format,
    format === 'json' ? `${JSON.stringify(audit, null, 2)}\n` : format === 'markdown' ? renderGateMarkdown(audit) : renderGateText(audit),
  );
  return audit.allowed || audit.dryRun ? 0 : 1;
}
