/**
 * What one container's state says of a deployed Compose service, the same for every driver that
 * can inspect containers (Portainer through its Docker proxy, Compose through `docker inspect`): it
 * runs the expected image and is running (healthy, when it has a healthcheck), or a one-shot job
 * exited 0; it still waits (health starting, created, a job running); or it has a problem (old
 * image, exited, unhealthy, restarting, dead). How long a problem is given to resolve, and which
 * may resolve at all, is each driver's own policy: `condition` says which problem it is.
 */
import type { DeployItem } from '../../core/deploy/driver';
import { isSameImage, type ComposeService } from './compose-file';

/** A container as a driver inspected it. */
export interface ContainerView {
  /** created, restarting, running, removing, paused, exited, dead. */
  status: string;
  exitCode: number;
  restartCount: number;
  /** Present when the container has a healthcheck (its own or its image's). */
  health?: { status: string; lastOutput?: string };
  /** The image reference it was created from. */
  configImage: string;
}

export type ContainerCondition =
  | 'old-image'
  | 'job-running'
  | 'healthy'
  /** Running, with no healthcheck: running is all there is to see. */
  | 'running'
  | 'health-pending'
  | 'unhealthy'
  | 'job-completed'
  | 'exited'
  | 'restarting'
  | 'transitional'
  | 'unknown';

export interface ContainerJudgement {
  verdict: 'ok' | 'waiting' | 'problem';
  condition: ContainerCondition;
  /** A sentence for the report; an unhealthy one ends with `quoteHealth` of the last check's output. */
  detail: string;
}

/**
 * How `c` stands against what `service` expects. `quoteHealth` turns the health check's last
 * output into the end of the unhealthy sentence (each driver quotes it its own way).
 */
export function judgeContainer(
  service: Pick<ComposeService, 'image' | 'isJob'>,
  c: ContainerView,
  quoteHealth: (lastOutput: string) => string,
): ContainerJudgement {
  if (service.image && !isSameImage(c.configImage, service.image))
    return { verdict: 'problem', condition: 'old-image', detail: `runs ${c.configImage || 'an unknown image'}, expected ${service.image}` };
  switch (c.status) {
    case 'running':
      if (service.isJob) return { verdict: 'waiting', condition: 'job-running', detail: 'job still running' };
      if (!c.health) return { verdict: 'ok', condition: 'running', detail: 'running' };
      if (c.health.status === 'healthy') return { verdict: 'ok', condition: 'healthy', detail: 'running, healthy' };
      if (c.health.status === 'unhealthy')
        return { verdict: 'problem', condition: 'unhealthy', detail: `unhealthy${c.health.lastOutput ? quoteHealth(c.health.lastOutput) : ''}` };
      return { verdict: 'waiting', condition: 'health-pending', detail: `running, health ${c.health.status || 'unknown'}` };
    case 'exited':
      if (service.isJob && c.exitCode === 0) return { verdict: 'ok', condition: 'job-completed', detail: 'job completed (exit code 0)' };
      return { verdict: 'problem', condition: 'exited', detail: `exited with code ${c.exitCode}` };
    case 'restarting':
      return { verdict: 'problem', condition: 'restarting', detail: `restarting (last exit code ${c.exitCode}, ${c.restartCount} restarts)` };
    case 'created':
    case 'removing':
      return { verdict: 'waiting', condition: 'transitional', detail: c.status };
    default:
      return { verdict: 'problem', condition: 'unknown', detail: c.status || 'no state reported' };
  }
}

/** `text` cut to `max` characters, an ellipsis marking the cut. */
export const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A service's containers judged: the worst of them, its detail prefixed with how many share that
 * verdict when there are several (`2 of 3 containers exited with code 1`).
 */
export function worstContainer<V extends string, T extends { verdict: V; detail: string }>(judged: readonly T[], rank: Readonly<Record<V, number>>): T {
  const worst = judged.reduce((a, b) => (rank[b.verdict] > rank[a.verdict] ? b : a));
  const count = judged.length > 1 ? `${judged.filter((j) => j.verdict === worst.verdict).length} of ${judged.length} containers ` : '';
  return { ...worst, detail: `${count}${worst.detail}` };
}

/** The report's items: per service its detail and the image its worst container runs, with the registry digest where known (by image id). */
export function deployedItems(
  checks: readonly { name: string; detail: string; container?: { configImage: string; imageId: string } }[],
  digests: ReadonlyMap<string, string> = new Map(),
): DeployItem[] {
  return checks.map((c) => ({
    name: c.name,
    action: 'deployed',
    image: c.container?.configImage || undefined,
    digest: c.container ? digests.get(c.container.imageId) : undefined,
    detail: c.detail,
  }));
}
