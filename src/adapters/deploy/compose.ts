/**
 * The Compose deploy driver: `docker compose up -d --remove-orphans` of the environment's merged
 * Compose file against the target engine (DOCKER_HOST = `deploy.compose.host`, for instance
 * `ssh://deploy@dev-host`; default the inherited environment's), as project `deploy.compose.project`.
 * Compose v2 (`docker compose`) where the plugin is installed, else v1 (`docker-compose`).
 *
 * - The merged file goes to a temporary directory of its own (0700, the file 0600), removed after;
 *   the project directory is the stack's (`composeFile.projectDirectory`) in the checkout, so
 *   relative paths (build contexts, env_file, .env) mean what they mean in the repository.
 * - stackgate's variables reach Compose (and through `${VAR}`, the containers) in the children's
 *   environment only: never on a command line, never in a log line or message (compose-cli.ts).
 * - Success is what compose-verify.ts sees: every service running its image, healthy where it has
 *   a healthcheck, one-shot jobs exited 0, all by the deadline.
 * - capture() is the previous deployment's files (the use case reads them from Git at its commit);
 *   restore() brings them up again and verifies them the same way. plan() runs `config` and reads
 *   the running containers: it changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ComposeDeployConfig } from '../../core/config/deploy-schema';
import { DeployFailure, type DeployDriver, type DeployOutcome, type DeploySource, type DriverContext, type RestorePoint } from '../../core/deploy/driver';
import { isRecord } from '../../core/is-record';
import { formatMs } from '../../core/smoke/duration';
import { ChildProcessError, childEnvironment, displayHost, outputTail, valueRedactor, type ChildResult } from './compose-cli';
import { detectCompose, projectContainers, runCompose, type ComposeFlavor, type ProjectContainer } from './compose-engine';
import { planItems, withActiveProfiles } from './compose-services';
import { verifyProject } from './compose-verify';
import { readServices, type ComposeService } from './compose-file';

export interface ComposeDriverOptions {
  /** The Docker CLI (default `docker` on PATH). */
  docker?: string;
  /** Compose v1, run when `<docker> compose` is not installed (default `docker-compose` on PATH). */
  dockerCompose?: string;
  /** The environment the children inherit (default this process's). */
  env?: NodeJS.ProcessEnv;
  /** How long an unhealthy or restarting container is given to recover before it fails the deploy (default 10 s). */
  settleMs?: number;
  /** How long a container without a healthcheck must have run to count as running (default 3 s). */
  minUptimeMs?: number;
}

const DEFAULT_SETTLE_MS = 10_000;
const DEFAULT_MIN_UPTIME_MS = 3_000;

/** One run of Compose on the merged file: its programs, environment and temporary file. */
interface Session {
  flavor: ComposeFlavor;
  env: NodeJS.ProcessEnv;
  redact: (text: string) => string;
  file: string;
  projectDirectory: string;
}

export function composeDriver(config: ComposeDeployConfig, options: ComposeDriverOptions = {}): DeployDriver {
  const docker = options.docker ?? 'docker';
  const dockerCompose = options.dockerCompose ?? 'docker-compose';
  const inherited = options.env ?? process.env;
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
  const minUptimeMs = options.minUptimeMs ?? DEFAULT_MIN_UPTIME_MS;
  const where = config.host
    ? displayHost(config.host)
    : inherited.DOCKER_HOST
      ? `${displayHost(inherited.DOCKER_HOST)} (DOCKER_HOST)`
      : 'the local Docker engine';
  const target = `compose project ${config.project} on ${where}`;
  let detected: Promise<ComposeFlavor | undefined> | undefined;

  /** Runs `fn` with the source's merged file written out; the file is removed after, whatever happens. */
  async function withSession<T>(ctx: DriverContext, source: DeploySource, fn: (session: Session) => Promise<T>): Promise<T> {
    const compose = source.composeFile;
    if (!compose)
      throw new DeployFailure(
        `no Compose stack to deploy for environment ${source.environment} at ${source.sha.slice(0, 7)}: set deploy.compose.source or add a Compose file`,
        'deploy',
        [],
        false,
      );
    const credentials = [ctx.secrets.portainerApiKey, ctx.secrets.kubeconfig, ctx.secrets.webhookSecret];
    const env = childEnvironment(inherited, config.host, source.variables, credentials);
    const redact = valueRedactor([...Object.values(source.variables), ...credentials]);
    const flavor = await (detected ??= detectCompose({ docker, dockerCompose }, env, ctx).catch((e: unknown) => {
      detected = undefined;
      throw childFailure(e, 'looking for docker compose', false, redact);
    }));
    if (!flavor)
      throw new DeployFailure(
        `neither \`${docker} compose\` (the Compose v2 plugin) nor ${dockerCompose} (Compose v1) runs here: install one of them`,
        'deploy',
        [],
        false,
      );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackgate-compose-'));
    try {
      const file = path.join(dir, 'compose.yml');
      fs.writeFileSync(file, compose.text, { mode: 0o600 });
      const projectDirectory = path.resolve(source.root, compose.projectDirectory || '.');
      return await fn({ flavor, env, redact, file, projectDirectory });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  async function compose(ctx: DriverContext, session: Session, args: string[], hasChanged: boolean): Promise<ChildResult> {
    try {
      return await runCompose(
        session.flavor,
        { project: config.project, file: session.file, projectDirectory: session.projectDirectory },
        args,
        session.env,
        ctx,
      );
    } catch (e) {
      throw childFailure(e, `${session.flavor.name} ${args[0]}`, hasChanged, session.redact);
    }
  }

  /** The services of the file as Compose reads it (`config`: merged, substituted, validated). */
  async function readConfig(ctx: DriverContext, session: Session): Promise<ComposeService[]> {
    const res = await compose(ctx, session, ['config'], false);
    if (res.code !== 0)
      throw new DeployFailure(
        `${session.flavor.name} config refused the Compose file: ${outputTail(session.redact(res.stderr)) || `exit code ${res.code}`}`,
        'deploy',
        [],
        false,
      );
    try {
      return withActiveProfiles(readServices(res.stdout, {}), session.env.COMPOSE_PROFILES);
    } catch (e) {
      throw new DeployFailure(session.redact(`${session.flavor.name} config: ${e instanceof Error ? e.message : String(e)}`), 'deploy', [], false);
    }
  }

  /** What runs before `up`, to count restarts from; none when docker cannot say yet (verification will, or fail). */
  async function containersBefore(ctx: DriverContext, session: Session): Promise<ProjectContainer[]> {
    try {
      return await projectContainers(docker, config.project, session.env, ctx);
    } catch (e) {
      if (e instanceof ChildProcessError && (e.kind === 'timeout' || e.kind === 'cancelled')) throw childFailure(e, 'docker ps', false, session.redact);
      ctx.log(session.redact(`compose: the containers before up are unknown (${e instanceof Error ? e.message : String(e)})`));
      return [];
    }
  }

  async function ship(ctx: DriverContext, source: DeploySource, verb: 'deploy' | 'restore'): Promise<DeployOutcome> {
    return withSession(ctx, source, async (session) => {
      ctx.log(`compose: ${verb} ${source.sha.slice(0, 7)} to ${target} with ${session.flavor.label}`);
      const services = await readConfig(ctx, session);
      const before = await containersBefore(ctx, session);
      const up = await compose(ctx, session, ['up', '-d', '--remove-orphans'], true);
      if (up.code !== 0)
        throw new DeployFailure(
          `${session.flavor.name} up failed (exit code ${up.code}): ${outputTail(session.redact(up.stderr)) || 'no output'}`,
          'deploy',
          [],
          true,
        );
      ctx.log(`compose: up -d took ${formatMs(up.durationMs)}`);
      const verified = await verifyProject(ctx, {
        project: config.project,
        services,
        settleMs,
        minUptimeMs,
        docker,
        env: session.env,
        redact: session.redact,
        before,
      });
      return { items: verified.items, notes: verified.notes };
    });
  }

  return {
    kind: 'compose',

    plan(ctx) {
      return withSession(ctx, ctx.source, async (session) => {
        const services = await readConfig(ctx, session);
        let running: ProjectContainer[];
        try {
          running = (await projectContainers(docker, config.project, session.env, ctx)).filter((c) => !c.isOneOff);
        } catch (e) {
          throw e instanceof ChildProcessError
            ? childFailure(e, 'docker ps', false, session.redact)
            : new DeployFailure(session.redact(e instanceof Error ? e.message : String(e)), 'deploy', [], false);
        }
        return {
          driver: 'compose',
          target,
          items: planItems(services, running),
          notes: [
            `${session.flavor.label}: up -d --remove-orphans, then every service must run (healthy where it has a healthcheck) by the deadline`,
            'the plan compares images; Compose also recreates a service whose other settings changed',
            ...services.filter((s) => s.notStarted).map((s) => `${s.name}: not started, ${s.notStarted}`),
          ],
        };
      });
    },

    async capture(ctx) {
      const previous = ctx.previous;
      const files = previous?.source?.composeFile;
      if (!previous || !files) {
        if (previous)
          ctx.log(
            `compose: the checkout has no files of deployment ${previous.deploymentId} at ${previous.sha.slice(0, 7)} (a fetch-depth: 0 checkout has them): nothing to restore`,
          );
        return undefined;
      }
      const point: RestorePoint = {
        driver: 'compose',
        description: `the Compose files of deployment ${previous.deploymentId} at ${previous.sha.slice(0, 7)} (${files.files.join(', ')}), project ${config.project}`,
        sha: previous.sha,
        deploymentId: previous.deploymentId,
        composeFile: { ...files },
        root: previous.source!.root,
      };
      return point;
    },

    deploy(ctx) {
      return ship(ctx, ctx.source, 'deploy');
    },

    restore(ctx, point) {
      const files = point.composeFile;
      const sha = typeof point.sha === 'string' ? point.sha : '';
      if (!isRecord(files) || typeof files.text !== 'string' || !Array.isArray(files.files) || !sha)
        throw new DeployFailure(`compose restore: the restore point holds no Compose file (${point.description})`, 'deploy', [], false);
      const previous = ctx.previous?.sha === sha ? ctx.previous.source : undefined;
      const root = typeof point.root === 'string' && fs.existsSync(point.root) ? point.root : ctx.source.root;
      const composeFile = {
        text: files.text,
        files: files.files.map(String),
        stack: String(files.stack ?? ''),
        projectDirectory: String(files.projectDirectory ?? '.'),
      };
      return ship(ctx, { ...ctx.source, sha, root, composeFile, variables: previous?.variables ?? ctx.source.variables }, 'restore');
    },
  };
}

/** A child that did not run to its end, as a DeployFailure: a timeout, a cancel, a program missing. */
function childFailure(e: unknown, what: string, hasChanged: boolean, redact: (text: string) => string): unknown {
  if (!(e instanceof ChildProcessError)) return e;
  const phase = e.kind === 'timeout' || e.kind === 'cancelled' ? 'timeout' : 'deploy';
  return new DeployFailure(redact(e.kind === 'missing' ? `${what}: ${e.message}` : e.message), phase, [], hasChanged);
}
