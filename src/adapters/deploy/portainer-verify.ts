/**
 * Whether a Portainer stack runs what was deployed, seen through the endpoint's Docker proxy.
 * Portainer answers 200 for a stack whose image pull failed (the old container keeps running) and
 * for containers that exit or never become healthy: success is only what this sees. Every service
 * `up` starts must have a container on the expected image that runs (healthy, when it has a
 * healthcheck); a one-shot job must have exited 0.
 *
 * It polls with a bounded backoff until the deadline. A problem (old image, exited, unhealthy, no
 * container) counts only once `patienceMs` have passed since the deploy: the settling time of a
 * standalone endpoint, or the grace period of an Edge endpoint, whose agent applies changes later.
 */
import { DeployFailure, type DeployItem, type DriverContext } from '../../core/deploy/driver';
import { formatMs } from '../../core/smoke/duration';
import { normalizeImage, type ComposeService } from './compose-file';
import { clip, deployedItems, judgeContainer, worstContainer } from './container-state';
import { PortainerApiError, type ContainerState, type PortainerClient } from './portainer-api';

export interface VerifyOptions {
  /** The stack's name: the Compose project of its containers. */
  stack: string;
  services: readonly ComposeService[];
  patienceMs: number;
  isEdge: boolean;
}

export interface Verified {
  items: DeployItem[];
  notes: string[];
}

/** How long a standalone endpoint may take to settle (a restart, a container recreated late) before a problem counts. */
export const SETTLE_MS = 30_000;
const FIRST_POLL_MS = 1_000;
const MAX_POLL_MS = 10_000;
/** One poll's requests: a Docker proxy that hangs once does not end the verification. */
const POLL_TIMEOUT_MS = 30_000;
const MAX_QUOTE_CHARS = 200;

type Verdict = 'ok' | 'waiting' | 'failed';
const RANK: Record<Verdict, number> = { ok: 0, waiting: 1, failed: 2 };

interface ServiceCheck {
  name: string;
  verdict: Verdict;
  detail: string;
  container?: ContainerState;
}

export async function verifyStack(client: PortainerClient, ctx: DriverContext, options: VerifyOptions): Promise<Verified> {
  const started = ctx.now();
  let delayMs = FIRST_POLL_MS;
  let checks: ServiceCheck[] | undefined;
  let pollError: string | undefined;
  let logged = '';
  while (ctx.now() < ctx.deadline && !ctx.signal.aborted) {
    try {
      checks = await observe(client, options.stack, options.services);
      pollError = undefined;
    } catch (e) {
      if (!(e instanceof PortainerApiError)) throw e;
      if (e.status !== undefined && [401, 403, 404].includes(e.status)) throw new DeployFailure(e.message, 'verify', checks ? deployedItems(checks) : []);
      pollError = e.message;
    }
    const summary = pollError ?? checks!.map((c) => `${c.name}: ${c.detail}`).join('; ');
    if (summary !== logged) ctx.log(`verify ${options.stack} after ${formatMs(ctx.now() - started)}: ${summary}`);
    logged = summary;
    if (checks && !pollError && checks.every((c) => c.verdict === 'ok')) return success(client, ctx, options, checks, ctx.now() - started);
    if (checks && !pollError && ctx.now() - started >= options.patienceMs && checks.some((c) => c.verdict === 'failed'))
      throw failure(options, checks, 'verify', ctx.now() - started);
    const leftMs = ctx.deadline - ctx.now();
    if (leftMs <= 0) break;
    await ctx.sleep(Math.min(delayMs, leftMs));
    delayMs = Math.min(delayMs * 2, MAX_POLL_MS);
  }
  const phase = checks?.some((c) => c.verdict === 'failed') ? 'verify' : 'timeout';
  throw failure(options, checks ?? [], phase, ctx.now() - started, pollError);
}

async function observe(client: PortainerClient, stack: string, services: readonly ComposeService[]): Promise<ServiceCheck[]> {
  const containers = (await client.listContainers(stack, POLL_TIMEOUT_MS)).filter((c) => !c.isOneOff);
  const checks: ServiceCheck[] = [];
  for (const service of services) {
    if (service.notStarted) {
      checks.push({ name: service.name, verdict: 'ok', detail: `not checked: ${service.notStarted}` });
      continue;
    }
    const states: ContainerState[] = [];
    for (const c of containers.filter((c) => c.service === service.name)) {
      try {
        states.push(await client.inspectContainer(c.id, POLL_TIMEOUT_MS));
      } catch (e) {
        // Removed between the list and the inspection (Compose recreating it): seen again on the next poll.
        if (!(e instanceof PortainerApiError && e.status === 404)) throw e;
      }
    }
    checks.push(checkService(service, states));
  }
  return checks;
}

function checkService(service: ComposeService, states: readonly ContainerState[]): ServiceCheck {
  if (!states.length) return { name: service.name, verdict: 'failed', detail: 'no container' };
  const worst = worstContainer(
    states.map((container) => ({ container, ...checkContainer(service, container) })),
    RANK,
  );
  const unchecked = service.imageUnchecked && worst.verdict === 'ok' ? ` (${service.imageUnchecked}: checked that it runs only)` : '';
  return { name: service.name, verdict: worst.verdict, detail: `${worst.detail}${unchecked}`, container: worst.container };
}

/** Any problem fails (once the patience is over): Portainer's containers get no second look at their restart policy. */
function checkContainer(service: ComposeService, c: ContainerState): { verdict: Verdict; detail: string } {
  const judged = judgeContainer(service, c, (output) => `: ${clip(output, MAX_QUOTE_CHARS)}`);
  if (judged.condition === 'old-image')
    return { verdict: 'failed', detail: `image still old: ${judged.detail} (the new image did not replace it; its pull may have failed)` };
  return { verdict: judged.verdict === 'problem' ? 'failed' : judged.verdict, detail: judged.detail };
}

async function success(client: PortainerClient, ctx: DriverContext, options: VerifyOptions, checks: ServiceCheck[], tookMs: number): Promise<Verified> {
  const digests = await registryDigests(client, ctx, checks);
  const running = checks.filter((c) => c.container).length;
  const notes = [`verified after ${formatMs(tookMs)}: ${running} of ${checks.length} services running the expected images`];
  if (options.isEdge) notes.push(`Edge endpoint: the change showed after ${formatMs(tookMs)} (grace period ${formatMs(options.patienceMs)})`);
  for (const s of options.services)
    if (s.notStarted || s.imageUnchecked)
      notes.push(`${s.name}: ${s.notStarted ? `not checked, ${s.notStarted}` : `${s.imageUnchecked}; checked that it runs only`}`);
  return { items: deployedItems(checks, digests), notes };
}

/** The registry digest of each running image, where the engine knows one (a pulled image); by image id. */
async function registryDigests(client: PortainerClient, ctx: DriverContext, checks: readonly ServiceCheck[]): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  // One inspection per image: services often share one, and a local image has no digest to find.
  const repoDigests = new Map<string, string[]>();
  for (const { container } of checks) {
    if (!container?.imageId || digests.has(container.imageId)) continue;
    try {
      const repository = normalizeImage(container.configImage).split(/[:@]/)[0];
      const known = repoDigests.get(container.imageId) ?? (await client.imageDigests(container.imageId, POLL_TIMEOUT_MS));
      repoDigests.set(container.imageId, known);
      const found = known.find((d) => normalizeImage(d).split('@')[0] === repository);
      if (found) digests.set(container.imageId, found.split('@')[1]);
    } catch (e) {
      // The digest only enriches the report: its absence is logged, the verification stands.
      if (!(e instanceof PortainerApiError)) throw e;
      ctx.log(`no digest for ${container.configImage}: ${e.message}`);
    }
  }
  return digests;
}

function failure(options: VerifyOptions, checks: readonly ServiceCheck[], phase: 'verify' | 'timeout', tookMs: number, pollError?: string): DeployFailure {
  const problems = checks.filter((c) => c.verdict !== 'ok').map((c) => `${c.name}: ${c.detail}`);
  const what = phase === 'verify' ? `did not verify after ${formatMs(tookMs)}` : `was not verified by the deadline (${formatMs(tookMs)})`;
  const edge = options.isEdge ? ` (Edge endpoint: its agent had a grace period of ${formatMs(options.patienceMs)} to apply the change)` : '';
  const lastPoll = pollError ? `; the last check failed: ${pollError}` : '';
  const seen = problems.length ? problems.join('; ') : checks.length ? 'no problem seen yet' : 'no check completed';
  return new DeployFailure(`stack ${options.stack} ${what}${edge}: ${seen}${lastPoll}`, phase, deployedItems(checks));
}
