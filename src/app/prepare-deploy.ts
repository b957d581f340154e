/**
 * What `stackgate deploy` and actions/deploy share before the use case runs: stackgate.yml's
 * environment and its deploy section, the repository as the driver ships it (the merged Compose
 * file, or the checkout for kubectl), the smoke run of the environment, the repository at an earlier
 * commit (for drivers that restore from files), and the ledger when a GitHub token is given.
 * Bad input (no such environment, no deploy section, a missing credential) is a UserError naming
 * stackgate.yml and what to add; nothing is contacted before all of it is known to be there.
 */
import path from 'node:path';
import { createGitHubClient } from '../adapters/github/client';
import { DeploymentLedger } from '../adapters/github/deployments';
import { fetchTokenIdentity } from '../adapters/github/token-identity';
import type { ProxySettings } from '../adapters/github/proxy';
import { addBaseWorktree, type BaseWorktree } from '../adapters/git/base-worktree';
import { pathInRepository } from '../adapters/git/repository-root';
import { git } from '../adapters/git/run-git';
import { createDriver } from '../adapters/deploy/index';
import { stackFileFor } from '../core/compose/project';
import { driverOf } from '../core/config/deploy-schema';
import { environmentOf, isProductionEnvironment } from '../core/config/environments';
import { readConfig } from '../core/config/read';
import { configSchema, type StackgateConfig } from '../core/config/schema';
import type { DeploySecrets, DeploySource } from '../core/deploy/driver';
import { UserError } from '../core/errors';
import type { Logger } from '../core/logger';
import { parseDurationMs } from '../core/smoke/duration';
import { planSmoke } from '../core/smoke/plan';
import { loadWorkspace } from '../core/source/workspace';
import { VERSION } from '../core/version';
import type { DeployPorts, DeployRequest } from './deploy';
import { runSmoke } from './run-smoke';
import { scoreWithBase } from './score-with-base';

export interface DeployInputs {
  root: string;
  config?: string;
  environment: string;
  sha: string;
  secrets: DeploySecrets;
  dryRun: boolean;
  force: boolean;
  timeout?: string;
  /** The environment smoke targets read `${VAR}` from. */
  env: Readonly<Record<string, string | undefined>>;
  github?: { token: string; apiUrl?: string; repository: { owner: string; repo: string }; proxy?: ProxySettings };
  run?: { id: number; url: string };
  /** The secret scanner's worker bundle (dist/), for the readiness score's scan. */
  workerEntry?: string;
  log: Logger;
}

export interface PreparedDeploy {
  request: DeployRequest;
  ports: DeployPorts;
  config: StackgateConfig;
  configFile?: string;
  /** Removes what the preparation left on disk (worktrees of earlier commits, for restores). */
  cleanup(): Promise<void>;
}

/** The credential each driver needs, where it comes from, for the error when it is missing. */
const CREDENTIALS = {
  portainer: { key: 'portainerApiKey', input: 'portainer-api-key', variable: 'PORTAINER_API_KEY' },
  kubernetes: { key: 'kubeconfig', input: 'kubeconfig', variable: 'KUBECONFIG (a file)' },
  webhook: { key: 'webhookSecret', input: 'webhook-secret', variable: 'STACKGATE_WEBHOOK_SECRET' },
} as const;

export async function prepareDeploy(inputs: DeployInputs): Promise<PreparedDeploy> {
  const { config, file: configFile } = readConfig(configSchema, inputs.root, inputs.config);
  const where = configFile ?? 'stackgate.yml';
  const envConfig = environmentOf(config, configFile, inputs.environment, 'deploy');
  const deployConfig = envConfig.deploy;
  if (!deployConfig)
    throw new UserError(`environment "${inputs.environment}" has no deploy section in ${where}`, {
      file: configFile,
      hint: `add environments.${inputs.environment}.deploy with one of portainer, kubernetes, compose or webhook`,
    });
  const kind = driverOf(deployConfig);
  const needed = kind === 'compose' ? undefined : CREDENTIALS[kind];
  // A dry run reads the target too, so it needs the credential as well.
  if (needed && !inputs.secrets[needed.key])
    throw new UserError(
      `environment "${inputs.environment}" deploys with ${kind}, which needs a credential: input "${needed.input}" (CLI: ${needed.variable})`,
    );

  const sourceAtRoot = (root: string, sha: string): DeploySource => {
    const stackName = deployConfig.portainer?.source ?? deployConfig.compose?.source;
    const usesCompose = kind === 'portainer' || kind === 'compose';
    const stack = usesCompose
      ? stackFileFor(loadWorkspace({ root, include: config.include, exclude: config.exclude }), config, inputs.environment, stackName)
      : undefined;
    return {
      environment: inputs.environment,
      sha,
      root,
      variables: stack?.variables ?? {},
      ...(stack ? { composeFile: { text: stack.text, files: stack.files, stack: stack.stack, projectDirectory: stack.projectDirectory } } : {}),
    };
  };
  const source = sourceAtRoot(inputs.root, inputs.sha);

  const worktrees: BaseWorktree[] = [];
  const sourceAt = (sha: string): DeploySource | undefined => {
    // An earlier commit, checked out from git when the checkout has it (fetch-depth: 0); a shallow clone does not.
    try {
      const top = git(inputs.root, ['rev-parse', '--show-toplevel']).trim();
      const worktree = addBaseWorktree(top, sha);
      worktrees.push(worktree);
      return sourceAtRoot(path.join(worktree.dir, pathInRepository(inputs.root)), sha);
    } catch (e) {
      inputs.log.debug(`the repository at ${sha.slice(0, 7)} is not available: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  };

  const smokeTargets = config.smoke.environments[inputs.environment];
  const smoke =
    smokeTargets && Object.keys(smokeTargets).length
      ? async () =>
          runSmoke(planSmoke(config.smoke, inputs.environment, { env: inputs.env, resolveCwd: (cwd) => path.resolve(inputs.root, cwd) }), {
            toolVersion: VERSION,
            commit: inputs.sha,
          })
      : undefined;

  let ledger: DeploymentLedger | undefined;
  if (inputs.github && !inputs.dryRun) {
    const debug = (m: string) => inputs.log.debug(m);
    const octokit = createGitHubClient({ token: inputs.github.token, baseUrl: inputs.github.apiUrl, log: inputs.log, proxy: inputs.github.proxy });
    const identity = await fetchTokenIdentity(octokit, debug);
    ledger = new DeploymentLedger(octokit, inputs.github.repository, identity, debug);
  }

  // The readiness score of the commit goes into the ledger, where the promotion gates read it: without a ledger it is not computed.
  let readiness: DeployRequest['readiness'];
  if (ledger) {
    try {
      const { report } = await scoreWithBase({ root: inputs.root, configPath: inputs.config, toolVersion: VERSION, workerEntry: inputs.workerEntry });
      readiness = { score: report.score, grade: report.grade };
    } catch (e) {
      inputs.log.warning(
        `the readiness score of ${inputs.sha.slice(0, 7)} could not be computed, so the deployment records none: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }

  return {
    config,
    configFile,
    request: {
      environment: inputs.environment,
      sha: inputs.sha,
      deploy: deployConfig,
      environmentUrl: envConfig.url,
      production: isProductionEnvironment(config, inputs.environment),
      source,
      secrets: inputs.secrets,
      dryRun: inputs.dryRun,
      force: inputs.force,
      timeoutMs: inputs.timeout ? parseDurationMs(inputs.timeout, 'timeout') : undefined,
      toolVersion: VERSION,
      run: inputs.run,
      readiness,
    },
    ports: {
      driver: createDriver(deployConfig, inputs.github ? { repository: `${inputs.github.repository.owner}/${inputs.github.repository.repo}` } : {}),
      ledger,
      smoke,
      sourceAt,
      log: (line) => inputs.log.info(line),
    },
    cleanup: async () => {
      for (const w of worktrees) await w.remove();
    },
  };
}
