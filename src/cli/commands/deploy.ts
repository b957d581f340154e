import fs from 'node:fs';
import path from 'node:path';
import { resolveCommit } from '../../adapters/git/run-git';
import { deploy } from '../../app/deploy';
import { prepareDeploy } from '../../app/prepare-deploy';
import { renderDeployMarkdown, renderDeployText } from '../../core/deploy/render';
import { UserError } from '../../core/errors';
import type { CliIo } from '../io';
import { BASE_OPTIONS, commandRoot, describeFormats, formatParser, parseCommandArgs, type CommandOptions } from '../command-args';
import { writeResult } from '../result-output';
import { stderrLog } from '../stderr-log';

export const FORMATS = ['text', 'json', 'markdown'] as const;
const parseFormat = formatParser(FORMATS);

export const DEPLOY_HELP = `stackgate deploy [path] -e <env> [options] — deploy an environment, verify it, roll back on failure

Ships the repository at its current commit with the driver environments.<env>.deploy of
stackgate.yml names: Portainer (the stack gets the merged Compose file, or a Git stack is
redeployed), Kubernetes (kubectl apply --server-side, rollout status, rollout undo), Compose
(docker compose up -d against DOCKER_HOST) or a signed webhook. Success is what stackgate verified:
containers running the new images and healthy, rollouts complete; then the environment's smoke
targets. When that fails, what ran before is restored. With GITHUB_TOKEN and GITHUB_REPOSITORY set,
each run is a GitHub Deployment (in_progress, then success or failure). See docs/deploy.md.

Options:
  -e, --environment <env>    the environment to deploy (required)
      --sha <commit>         the commit to record (default: HEAD of the repository)
      --dry-run              print what would change, per service or object; change nothing
      --force                start even when another deployment to the environment is in progress
      --timeout <d>          the whole deploy, verification and smoke (default deploy.timeout, else 5m)
  -f, --format <format>      ${describeFormats(FORMATS)} on stdout
  -c, --config <file>        stackgate.yml to use
      --debug                print stack traces of internal errors
  -h, --help                 this help

Credentials come from the environment, never from flags: PORTAINER_API_KEY, KUBECONFIG (the path of
a kubeconfig file), STACKGATE_WEBHOOK_SECRET, and GITHUB_TOKEN for the ledger.

Exit codes: 0 deployed (or a dry run), 1 the deploy failed or was rolled back, 2 usage, config or
credential error.
`;

export const OPTIONS = {
  ...BASE_OPTIONS,
  environment: { type: 'string', short: 'e' },
  sha: { type: 'string' },
  'dry-run': { type: 'boolean' },
  force: { type: 'boolean' },
  timeout: { type: 'string' },
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
} as const satisfies CommandOptions;

export async function runDeployCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (values.help) {
    io.stdout.write(DEPLOY_HELP);
    return 0;
  }
  const environment = values.environment;
  if (!environment) throw new UserError('deploy needs an environment', { hint: 'stackgate deploy -e dev' });
  const format = values.format ? parseFormat(values.format, '--format') : 'text';
  const root = commandRoot('deploy', positionals, io.cwd);
  const sha = (values.sha ?? resolveCommit(root))?.toLowerCase();
  if (!sha || !/^[0-9a-f]{40}$/.test(sha))
    throw new UserError(
      `deploy needs the commit being deployed: ${values.sha ? `"${values.sha}" is not a full commit SHA` : `${root} is not a git repository`}`,
      { hint: '--sha <40 hex digits>' },
    );
  const kubeconfigFile = io.env.KUBECONFIG?.split(path.delimiter)[0];
  const secrets = {
    portainerApiKey: io.env.PORTAINER_API_KEY || undefined,
    kubeconfig: kubeconfigFile ? readKubeconfig(path.resolve(io.cwd, kubeconfigFile)) : undefined,
    webhookSecret: io.env.STACKGATE_WEBHOOK_SECRET || undefined,
  };
  const [owner, repo] = (io.env.GITHUB_REPOSITORY ?? '').split('/');
  const log = stderrLog(io, !!values.debug);
  const prepared = await prepareDeploy({
    root,
    config: values.config,
    environment,
    sha,
    secrets,
    dryRun: !!values['dry-run'],
    force: !!values.force,
    timeout: values.timeout,
    env: io.env,
    workerEntry: io.workerEntry,
    github: io.env.GITHUB_TOKEN && owner && repo ? { token: io.env.GITHUB_TOKEN, apiUrl: io.env.GITHUB_API_URL, repository: { owner, repo } } : undefined,
    log,
  });
  try {
    const report = await deploy(prepared.request, prepared.ports);
    writeResult(
      io,
      format,
      format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'markdown' ? renderDeployMarkdown(report) : renderDeployText(report),
    );
    if (report.status === 'error') return 2;
    return report.status === 'success' ? 0 : 1;
  } finally {
    await prepared.cleanup();
  }
}

function readKubeconfig(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserError(`KUBECONFIG: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
