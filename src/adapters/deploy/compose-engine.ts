/**
 * The Compose project on its Docker engine, through the programs compose-cli.ts runs: `config` and
 * `up` through Compose (v2 plugin or v1), the project's containers, their logs and their images'
 * digests through the `docker` CLI. Containers are found by the label every Compose version sets,
 * `com.docker.compose.project`, so v1 and v2 are read the same way.
 */
import { isRecord } from '../../core/is-record';
import { ChildProcessError, runChild, type ChildBounds, type ChildResult } from './compose-cli';
import type { ContainerView } from './container-state';

export interface ComposePrograms {
  /** The Docker CLI (default `docker` on PATH); `<docker> compose` when it has the v2 plugin. */
  docker: string;
  /** Compose v1, used when `<docker> compose` is not there (default `docker-compose`). */
  dockerCompose: string;
}

/** How Compose is run here: its argv prefix and what to call it in messages. */
export interface ComposeFlavor {
  argv: [string, ...string[]];
  /** `docker compose` or `docker-compose`. */
  name: string;
  /** `docker compose 2.29.1`, `docker-compose 1.29.2`. */
  label: string;
}

/** One container of the project, as `docker inspect` shows it. */
export interface ProjectContainer extends ContainerView {
  id: string;
  /** `mcp-dev-web-1` (v2), `mcp-dev_web_1` (v1). */
  name: string;
  service: string;
  /** Made by `compose run`: not part of the deployed project. */
  isOneOff: boolean;
  /** `no`, `always`, `unless-stopped`, `on-failure` (empty means no). */
  restartPolicy: string;
  /** When it last started, by the engine's clock (epoch ms; NaN when it never did). */
  startedAt: number;
  /** `sha256:…` */
  imageId: string;
}

const PROJECT_LABEL = 'com.docker.compose.project';

/** Compose v2 when `<docker> compose version` answers, else v1; undefined when neither runs. */
export async function detectCompose(programs: ComposePrograms, env: NodeJS.ProcessEnv, bounds: ChildBounds): Promise<ComposeFlavor | undefined> {
  const v2 = await tryVersion(programs.docker, ['compose', 'version', '--short'], env, bounds);
  if (v2 !== undefined) return { argv: [programs.docker, 'compose'], name: 'docker compose', label: `docker compose ${v2}`.trim() };
  const v1 = await tryVersion(programs.dockerCompose, ['version', '--short'], env, bounds);
  if (v1 !== undefined) return { argv: [programs.dockerCompose], name: 'docker-compose', label: `docker-compose ${v1}`.trim() };
  return undefined;
}

async function tryVersion(command: string, args: string[], env: NodeJS.ProcessEnv, bounds: ChildBounds): Promise<string | undefined> {
  try {
    const res = await runChild(command, args, env, bounds, `${command} ${args.join(' ')}`);
    return res.code === 0 ? res.stdout.trim().split('\n')[0].replace(/^v/, '') : undefined;
  } catch (e) {
    if (e instanceof ChildProcessError && (e.kind === 'missing' || e.kind === 'spawn')) return undefined;
    throw e;
  }
}

/**
 * `compose -p <project> -f <file> --project-directory <dir> <args>`. No `--ansi never`: v1 before
 * 1.28 does not know it, and neither version colours output that is not a terminal.
 */
export function runCompose(
  flavor: ComposeFlavor,
  target: { project: string; file: string; projectDirectory: string },
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  bounds: ChildBounds,
): Promise<ChildResult> {
  const [command, ...prefix] = flavor.argv;
  const global = ['-p', target.project, '-f', target.file, '--project-directory', target.projectDirectory];
  return runChild(command, [...prefix, ...global, ...args], env, bounds, `${flavor.name} ${args[0]}`);
}

/** Every container of the project, stopped ones included (one-off containers marked). */
export async function projectContainers(docker: string, project: string, env: NodeJS.ProcessEnv, bounds: ChildBounds): Promise<ProjectContainer[]> {
  const list = await runChild(docker, ['ps', '-a', '-q', '--no-trunc', '--filter', `label=${PROJECT_LABEL}=${project}`], env, bounds, 'docker ps');
  if (list.code !== 0) throw new Error(`docker ps failed (exit ${list.code}): ${list.stderr.trim()}`);
  const ids = list.stdout.split(/\s+/).filter(Boolean);
  if (!ids.length) return [];
  const inspected = await runChild(docker, ['inspect', ...ids], env, bounds, 'docker inspect');
  // A container removed between the list and the inspection is reported missing; the others are still printed.
  const parsed = parseJson(inspected.stdout);
  if (!Array.isArray(parsed)) throw new Error(`docker inspect failed (exit ${inspected.code}): ${inspected.stderr.trim()}`);
  return parsed.map(parseContainer).filter((c): c is ProjectContainer => c !== undefined);
}

function parseContainer(raw: unknown): ProjectContainer | undefined {
  if (!isRecord(raw) || typeof raw.Id !== 'string') return undefined;
  const state = isRecord(raw.State) ? raw.State : {};
  const config = isRecord(raw.Config) ? raw.Config : {};
  const labels = isRecord(config.Labels) ? config.Labels : {};
  const hostConfig = isRecord(raw.HostConfig) ? raw.HostConfig : {};
  const policy = isRecord(hostConfig.RestartPolicy) ? hostConfig.RestartPolicy : {};
  const health = isRecord(state.Health) ? state.Health : undefined;
  const log = health && Array.isArray(health.Log) ? health.Log : [];
  const last =
    log.length && isRecord(log[log.length - 1])
      ? text(log[log.length - 1].Output)
          .trim()
          .split('\n')
          .pop()
      : undefined;
  return {
    id: raw.Id,
    name: text(raw.Name).replace(/^\//, ''),
    service: text(labels['com.docker.compose.service']),
    isOneOff: /^true$/i.test(text(labels['com.docker.compose.oneoff'])),
    status: text(state.Status),
    exitCode: Number(state.ExitCode ?? 0),
    restartCount: Number(raw.RestartCount ?? 0),
    restartPolicy: text(policy.Name),
    startedAt: startTime(text(state.StartedAt)),
    health: health && text(health.Status) ? { status: text(health.Status), lastOutput: last || undefined } : undefined,
    configImage: text(config.Image),
    imageId: text(raw.Image),
  };
}

/** `0001-01-01T00:00:00Z` is Docker's "never". */
const startTime = (iso: string): number => (iso && !iso.startsWith('0001-') ? Date.parse(iso) : NaN);

/** The engine's time now (epoch ms), from `docker info`. */
export async function engineTime(docker: string, env: NodeJS.ProcessEnv, bounds: ChildBounds): Promise<number> {
  const res = await runChild(docker, ['info', '--format', '{{json .SystemTime}}'], env, bounds, 'docker info');
  const time = Date.parse(String(parseJson(res.stdout)));
  if (res.code !== 0 || Number.isNaN(time)) throw new Error(`docker info failed (exit ${res.code}): ${res.stderr.trim().split('\n')[0]}`);
  return time;
}

/** The last `lines` lines a container wrote (stdout and stderr), for a failure message; empty when docker cannot say. */
export async function containerLogTail(docker: string, id: string, lines: number, env: NodeJS.ProcessEnv, bounds: ChildBounds): Promise<string> {
  const res = await runChild(docker, ['logs', '--tail', String(lines), id], env, bounds, 'docker logs');
  return res.code === 0 ? `${res.stdout}\n${res.stderr}` : '';
}

/** The registry digests of images by image id (`ghcr.io/acme/mcp@sha256:…`); none for an image built or imported on the host. */
export async function imageRepoDigests(
  docker: string,
  imageIds: readonly string[],
  env: NodeJS.ProcessEnv,
  bounds: ChildBounds,
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (!imageIds.length) return found;
  const res = await runChild(docker, ['image', 'inspect', ...imageIds], env, bounds, 'docker image inspect');
  const parsed = parseJson(res.stdout);
  for (const image of Array.isArray(parsed) ? parsed : [])
    if (isRecord(image) && typeof image.Id === 'string')
      found.set(image.Id, Array.isArray(image.RepoDigests) ? image.RepoDigests.filter((d): d is string => typeof d === 'string') : []);
  return found;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function parseJson(stdout: string): unknown {
  try {
    return JSON.parse(stdout) as unknown;
  } catch {
    // Not JSON (docker printed only an error): the caller reports the exit code and stderr.
    return undefined;
  }
}
