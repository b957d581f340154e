/**
 * The Docker side of the fake Portainer: the containers a Compose stack runs on an endpoint, made
 * from the stack file Portainer stores and its Env (images after ${VAR} substitution, a healthcheck
 * when the service has one), with the silent failures Portainer does not report:
 *
 * - `pull-fails`: the new image never arrives, the service's old container keeps running;
 * - `exits`: the container exits with code 1;
 * - `unhealthy`: it runs, its healthcheck fails;
 * - `slow-health`: its healthcheck says `starting` for the first two inspections, then `healthy`.
 *
 * An Edge endpoint applies a deploy only after `applyAfterPolls` container lists (its agent polls
 * Portainer); until then the old containers run. Answers use Docker's field names.
 */
import { createHash, randomBytes } from 'node:crypto';
import { parse } from 'yaml';
import { interpolateString } from '../../src/core/compose/interpolate';

export type ImageBehaviour = 'ok' | 'pull-fails' | 'exits' | 'unhealthy' | 'slow-health';

export interface EnvPair {
  name: string;
  value: string;
}

export interface FakeContainer {
  id: string;
  project: string;
  service: string;
  image: string;
  status: 'running' | 'exited';
  exitCode: number;
  /** undefined: no healthcheck. */
  health?: 'healthy' | 'unhealthy' | 'starting';
  /** Inspections left while the health is `starting`. */
  startingFor: number;
  /** The last line of the health log of an unhealthy container. */
  healthOutput?: string;
}

export const HEALTH_LOG = "wget: can't connect to remote host (127.0.0.1): Connection refused";
/** The last health log line when the stack's Env has DB_PASSWORD: a check that quotes its credentials. */
export const healthLogWith = (password: string): string =>
  `wget: server returned error: HTTP/1.1 401 Unauthorized for http://mcp:${password}@127.0.0.1:8080/health`;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export class FakeEngine {
  /** Containers by endpoint id. */
  private readonly containers = new Map<number, FakeContainer[]>();
  /** Deploys an Edge agent has not applied yet, with the container lists left before it does. */
  private readonly pending = new Map<number, { project: string; file: string; env: EnvPair[]; listsLeft: number }[]>();

  constructor(
    private readonly images: Record<string, ImageBehaviour>,
    private readonly edge: ReadonlyMap<number, number>,
  ) {}

  containersOf(endpoint: number, project: string): FakeContainer[] {
    return (this.containers.get(endpoint) ?? []).filter((c) => c.project === project);
  }

  /** `docker compose up -d` of a stack, now (standalone, or what ran before the test) or (Edge) after the agent's polls. */
  deploy(endpoint: number, project: string, file: string, env: readonly EnvPair[], isBeforeTest = false): void {
    const polls = this.edge.get(endpoint);
    if (polls === undefined || isBeforeTest) return this.up(endpoint, project, file, env);
    const queue = (this.pending.get(endpoint) ?? []).filter((p) => p.project !== project);
    this.pending.set(endpoint, [...queue, { project, file, env: [...env], listsLeft: polls }]);
  }

  /** A container already running, not made from a stack (another project's, for the label filter). */
  add(endpoint: number, container: Omit<FakeContainer, 'id' | 'startingFor'>): void {
    this.containers.set(endpoint, [...(this.containers.get(endpoint) ?? []), { ...container, id: randomBytes(32).toString('hex'), startingFor: 0 }]);
  }

  /** `GET /containers/json?all=1&filters=…` (only the label filter is understood). */
  list(endpoint: number, filters: string | null): unknown[] {
    for (const p of this.pending.get(endpoint) ?? []) if (--p.listsLeft <= 0) this.up(endpoint, p.project, p.file, p.env);
    this.pending.set(
      endpoint,
      (this.pending.get(endpoint) ?? []).filter((p) => p.listsLeft > 0),
    );
    const labels: string[] = filters ? ((JSON.parse(filters) as { label?: string[] }).label ?? []) : [];
    return (this.containers.get(endpoint) ?? [])
      .filter((c) => labels.every((l) => Object.entries(labelsOf(c)).some(([k, v]) => l === k || l === `${k}=${v}`)))
      .map((c) => ({
        Id: c.id,
        Names: [`/${c.project}-${c.service}-1`],
        Image: c.image,
        ImageID: imageId(c.image),
        State: c.status,
        Status: c.status === 'running' ? `Up 5 seconds${c.health ? ` (${c.health})` : ''}` : `Exited (${c.exitCode}) 2 seconds ago`,
        Labels: labelsOf(c),
      }));
  }

  /** `GET /containers/{id}/json`, or undefined for an unknown id. */
  inspect(endpoint: number, id: string): unknown {
    const c = (this.containers.get(endpoint) ?? []).find((x) => x.id === id || x.id.startsWith(id));
    if (!c) return undefined;
    if (c.health === 'starting' && --c.startingFor <= 0) c.health = 'healthy';
    const health = c.health && {
      Status: c.health,
      FailingStreak: c.health === 'unhealthy' ? 3 : 0,
      Log: c.health === 'unhealthy' ? [{ Start: '', End: '', ExitCode: 1, Output: `Connecting to 127.0.0.1:8080\n${c.healthOutput ?? HEALTH_LOG}\n` }] : [],
    };
    return {
      Id: c.id,
      Name: `/${c.project}-${c.service}-1`,
      RestartCount: 0,
      State: {
        Status: c.status,
        Running: c.status === 'running',
        Restarting: false,
        Paused: false,
        Dead: false,
        ExitCode: c.exitCode,
        Error: '',
        ...(health ? { Health: health } : {}),
      },
      Image: imageId(c.image),
      Config: { Image: c.image, Labels: labelsOf(c) },
    };
  }

  /** `GET /images/{id}/json`, or undefined for an image no container runs. */
  inspectImage(endpoint: number, id: string): unknown {
    const c = (this.containers.get(endpoint) ?? []).find((x) => imageId(x.image) === id);
    if (!c) return undefined;
    const repository = c.image.replace(/:[^:/]+$/, '');
    return { Id: id, RepoTags: [c.image], RepoDigests: [`${repository}@${digestOf(c.image)}`] };
  }

  private up(endpoint: number, project: string, file: string, env: readonly EnvPair[]): void {
    const vars = Object.fromEntries(env.map((p) => [p.name, p.value]));
    const services = ((parse(file) as { services?: Record<string, Record<string, unknown>> }).services ?? {}) as Record<string, Record<string, unknown>>;
    const all = this.containers.get(endpoint) ?? [];
    const next = all.filter((c) => c.project !== project);
    for (const [service, def] of Object.entries(services)) {
      const image = interpolateString(String(def.image ?? ''), vars).value;
      const old = all.find((c) => c.project === project && c.service === service);
      const behaviour = this.images[image] ?? 'ok';
      if (behaviour === 'pull-fails') {
        if (old) next.push(old);
        continue;
      }
      if (old && old.image === image && old.status === 'running') {
        next.push(old);
        continue;
      }
      const hasHealthcheck = def.healthcheck !== undefined;
      next.push({
        id: randomBytes(32).toString('hex'),
        project,
        service,
        image,
        status: behaviour === 'exits' ? 'exited' : 'running',
        exitCode: behaviour === 'exits' ? 1 : 0,
        health:
          !hasHealthcheck || behaviour === 'exits' ? undefined : behaviour === 'unhealthy' ? 'unhealthy' : behaviour === 'slow-health' ? 'starting' : 'healthy',
        startingFor: behaviour === 'slow-health' ? 2 : 0,
        healthOutput: vars.DB_PASSWORD ? healthLogWith(vars.DB_PASSWORD) : HEALTH_LOG,
      });
    }
    this.containers.set(endpoint, next);
  }
}

function labelsOf(c: FakeContainer): Record<string, string> {
  return {
    'com.docker.compose.project': c.project,
    'com.docker.compose.service': c.service,
    'com.docker.compose.oneoff': 'False',
    'com.docker.compose.container-number': '1',
  };
}

export const imageId = (image: string): string => `sha256:${sha256(`id:${image}`)}`;
/** The registry digest the fake gives an image reference. */
export const digestOf = (image: string): string => `sha256:${sha256(`digest:${image}`)}`;
