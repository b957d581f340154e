/**
 * Whether a Compose project runs what `up` was given, seen through `docker inspect` of its
 * containers. Every service `up` starts must have a container on the expected image that runs, and
 * is healthy when it has a healthcheck; a one-shot job (another service waits for it to complete)
 * must have exited 0.
 *
 * A container without a healthcheck counts as running once it has run `minUptimeMs` (by the
 * engine's clock): a service that crashes a second after it starts, under a restart policy, is
 * running at many an instant, and one look would take a crash loop for success.
 *
 * It polls, with a growing interval, until the deadline. What cannot change any more fails at once:
 * a container that exited with no restart policy to bring it back, a dead one, an old image. What
 * may still resolve (unhealthy, restarting, exited under a restart policy, anything not fine yet
 * after a restart since `up`) fails once `settleMs` have passed, or at the deadline; a failure quotes
 * the health check's last output or the last lines the container wrote, through `redact`. Only
 * waiting (health starting, created, a job running) at the deadline is a timeout.
 */
import { DeployFailure, type DeployItem, type DriverContext } from '../../core/deploy/driver';
import { formatMs } from '../../core/smoke/duration';
import { ChildProcessError } from './compose-cli';
import { containerLogTail, engineTime, imageRepoDigests, projectContainers, type ProjectContainer } from './compose-engine';
import { normalizeImage, type ComposeService } from './compose-file';
import { clip, deployedItems, judgeContainer, worstContainer } from './container-state';

export interface VerifyOptions {
  project: string;
  services: readonly ComposeService[];
  /** How long a problem that may still resolve is given before it counts. */
  settleMs: number;
  /** How long a container without a healthcheck must have run to count as running. */
  minUptimeMs: number;
  docker: string;
  env: NodeJS.ProcessEnv;
  /** Hides the variables' values in what a container printed. */
  redact: (text: string) => string;
  /** The project's containers before `up`: restarts are counted from there (a container `up` made starts at 0). */
  before: readonly ProjectContainer[];
}

export interface Verified {
  items: DeployItem[];
  notes: string[];
}

const FIRST_POLL_MS = 250;
const MAX_POLL_MS = 2_000;
const LOG_LINES = 5;
const MAX_QUOTE_CHARS = 300;

/** `settling`: a problem that may still resolve; `failed`: one that cannot. */
type Verdict = 'ok' | 'waiting' | 'settling' | 'failed';
const RANK: Record<Verdict, number> = { ok: 0, waiting: 1, settling: 2, failed: 3 };

interface ServiceCheck {
  name: string;
  verdict: Verdict;
  detail: string;
  container?: ProjectContainer;
}

export async function verifyProject(ctx: DriverContext, options: VerifyOptions): Promise<Verified> {
  const started = ctx.now();
  let delayMs = FIRST_POLL_MS;
  let checks: ServiceCheck[] = [];
  let pollError: string | undefined;
  let logged = '';
  const engineNow = await engineClock(ctx, options);
  const restartsBefore = new Map(options.before.map((c) => [c.id, c.restartCount]));
  for (;;) {
    try {
      const containers = (await projectContainers(options.docker, options.project, options.env, ctx))
        .filter((c) => !c.isOneOff)
        .map((c) => redactHealth(c, options.redact));
      const observed = (c: ProjectContainer): Observed => ({
        ...c,
        uptimeMs: Number.isNaN(c.startedAt) ? 0 : engineNow() - c.startedAt,
        restarts: c.restartCount - (restartsBefore.get(c.id) ?? 0),
      });
      checks = options.services.map((s) => checkService(s, containers.filter((c) => c.service === s.name).map(observed), options.minUptimeMs));
      pollError = undefined;
    } catch (e) {
      if (e instanceof ChildProcessError && e.kind === 'cancelled') throw new DeployFailure(e.message, 'timeout', deployedItems(checks));
      if (e instanceof ChildProcessError && e.kind === 'missing')
        throw new DeployFailure(`${e.message}: the docker CLI is needed to verify the containers`, 'verify', [], true);
      if (!(e instanceof ChildProcessError && e.kind === 'timeout')) pollError = options.redact(e instanceof Error ? e.message : String(e));
    }
    const summary = pollError ?? checks.map((c) => `${c.name}: ${c.detail}`).join('; ');
    if (summary !== logged) ctx.log(options.redact(`verify ${options.project} after ${formatMs(ctx.now() - started)}: ${summary}`));
    logged = summary;
    const elapsedMs = ctx.now() - started;
    if (!pollError && checks.every((c) => c.verdict === 'ok')) return success(ctx, options, checks, elapsedMs);
    if (!pollError && checks.some((c) => c.verdict === 'failed' || (c.verdict === 'settling' && elapsedMs >= options.settleMs)))
      throw await failure(ctx, options, checks, 'verify', elapsedMs);
    const leftMs = ctx.deadline - ctx.now();
    if (leftMs <= 0 || ctx.signal.aborted) break;
    await ctx.sleep(Math.min(delayMs, leftMs));
    delayMs = Math.min(Math.round(delayMs * 1.5), MAX_POLL_MS);
  }
  const phase = checks.some((c) => RANK[c.verdict] >= RANK.settling) ? 'verify' : 'timeout';
  throw await failure(ctx, options, checks, phase, ctx.now() - started, pollError);
}

/**
 * The engine's clock, as the offset of its time from ours (a remote host's clock may be off): how
 * long a container has run is its StartedAt against the engine's time. Ours when the engine cannot
 * say (then uptimes are as good as the two clocks agree).
 */
async function engineClock(ctx: DriverContext, options: VerifyOptions): Promise<() => number> {
  const before = ctx.now();
  const engineMs = await engineTime(options.docker, options.env, ctx).catch((e: unknown) => {
    if (e instanceof ChildProcessError && (e.kind === 'cancelled' || e.kind === 'timeout')) throw new DeployFailure(e.message, 'timeout', []);
    ctx.log(
      options.redact(
        `compose: the engine's clock is unknown (${e instanceof Error ? e.message : String(e)}); container uptimes are measured by this machine's`,
      ),
    );
    return undefined;
  });
  const offsetMs = engineMs === undefined ? 0 : engineMs - (before + ctx.now()) / 2;
  return () => ctx.now() + offsetMs;
}

/** A container with what this verification knows of it: how long it has run, how often it restarted since `up`. */
type Observed = ProjectContainer & { uptimeMs: number; restarts: number };

function checkService(service: ComposeService, containers: readonly Observed[], minUptimeMs: number): ServiceCheck {
  if (service.notStarted) return { name: service.name, verdict: 'ok', detail: `not checked: ${service.notStarted}` };
  if (!containers.length) return { name: service.name, verdict: 'waiting', detail: 'no container' };
  const worst = worstContainer(
    containers.map((container) => ({ container, ...withRestarts(container, checkContainer(service, container, minUptimeMs)) })),
    RANK,
  );
  return { name: service.name, verdict: worst.verdict, detail: worst.detail, container: worst.container };
}

/**
 * A container that restarted since `up` and is not fine yet has a problem, even if it only waits now
 * (a crash loop between crashes). Docker resets ExitCode when a container starts again: only a
 * stopped one has a last exit code to tell.
 */
function withRestarts(c: Observed, judgement: { verdict: Verdict; detail: string }): { verdict: Verdict; detail: string } {
  if (c.restarts <= 0 || judgement.verdict === 'ok' || RANK[judgement.verdict] >= RANK.settling) return judgement;
  return {
    verdict: 'settling',
    detail: `${judgement.detail} after ${c.restarts} restart${c.restarts === 1 ? '' : 's'} since up${c.status === 'running' ? '' : ` (last exit code ${c.exitCode})`}`,
  };
}

/**
 * Compose's policies on the shared judgement: a container without a healthcheck must have run
 * `minUptimeMs`; what exited with no restart policy to bring it back, a dead one and an old image
 * fail at once; unhealthy, restarting and exited under a restart policy may still resolve.
 */
function checkContainer(service: ComposeService, c: Observed, minUptimeMs: number): { verdict: Verdict; detail: string } {
  const judged = judgeContainer(service, c, (output) => `, last check: ${clip(output, MAX_QUOTE_CHARS)}`);
  switch (judged.condition) {
    case 'running':
      // Without a healthcheck, running is all there is to see: for long enough that a crash at start would have shown.
      if (c.uptimeMs >= minUptimeMs) return { verdict: 'ok', detail: 'running (no healthcheck)' };
      return { verdict: 'waiting', detail: `running for ${formatMs(Math.max(0, c.uptimeMs))} (no healthcheck)` };
    case 'exited': {
      const mayRestart = c.restartPolicy === 'always' || c.restartPolicy === 'unless-stopped' || (c.restartPolicy === 'on-failure' && c.exitCode !== 0);
      return { verdict: mayRestart ? 'settling' : 'failed', detail: `${judged.detail}${mayRestart ? ` (restart policy ${c.restartPolicy})` : ''}` };
    }
    case 'unhealthy':
    case 'restarting':
      return { verdict: 'settling', detail: judged.detail };
    default:
      return { verdict: judged.verdict === 'problem' ? 'failed' : judged.verdict, detail: judged.detail };
  }
}

/** The health check's output with the variables' values hidden, before anything cuts it short (a cut value would no longer be found). */
const redactHealth = (c: ProjectContainer, redact: (text: string) => string): ProjectContainer =>
  c.health?.lastOutput ? { ...c, health: { ...c.health, lastOutput: redact(c.health.lastOutput) } } : c;

async function success(ctx: DriverContext, options: VerifyOptions, checks: ServiceCheck[], tookMs: number): Promise<Verified> {
  const digests = await registryDigests(ctx, options, checks);
  const running = checks.filter((c) => c.container).length;
  const notes = [`verified after ${formatMs(tookMs)}: ${running} of ${checks.length} services as deployed`];
  for (const s of options.services) if (s.imageUnchecked && !s.notStarted) notes.push(`${s.name}: ${s.imageUnchecked}; checked that it runs only`);
  return { items: deployedItems(checks, digests), notes };
}

/** The registry digest of each image, where the engine knows one (a pulled image): it enriches the report only. */
async function registryDigests(ctx: DriverContext, options: VerifyOptions, checks: readonly ServiceCheck[]): Promise<Map<string, string>> {
  const containers = checks.flatMap((c) => (c.container?.imageId ? [c.container] : []));
  const digests = new Map<string, string>();
  try {
    const known = await imageRepoDigests(options.docker, [...new Set(containers.map((c) => c.imageId))], options.env, ctx);
    for (const c of containers) {
      const repository = normalizeImage(c.configImage).split(/[:@]/)[0];
      const found = known.get(c.imageId)?.find((d) => normalizeImage(d).split('@')[0] === repository);
      if (found) digests.set(c.imageId, found.split('@')[1]);
    }
  } catch (e) {
    // Without digests the verification still stands; say why they are missing.
    ctx.log(options.redact(`no image digests: ${e instanceof Error ? e.message : String(e)}`));
  }
  return digests;
}

async function failure(
  ctx: DriverContext,
  options: VerifyOptions,
  checks: readonly ServiceCheck[],
  phase: 'verify' | 'timeout',
  tookMs: number,
  pollError?: string,
): Promise<DeployFailure> {
  const problems: string[] = [];
  for (const c of checks.filter((c) => c.verdict !== 'ok')) {
    const logs = c.container && (c.container.status === 'exited' || c.container.status === 'restarting') ? await logTail(ctx, options, c.container) : '';
    problems.push(`${c.name}: ${c.detail}${logs ? ` (last output: ${logs})` : ''}`);
  }
  const what = phase === 'verify' ? `did not verify after ${formatMs(tookMs)}` : `was not verified by the deadline (${formatMs(tookMs)})`;
  const lastPoll = pollError ? `; the last check failed: ${pollError}` : '';
  const seen = problems.length ? problems.join('; ') : checks.length ? 'no problem seen yet' : 'no check completed';
  return new DeployFailure(options.redact(`compose project ${options.project} ${what}: ${seen}${lastPoll}`), phase, deployedItems(checks));
}

async function logTail(ctx: DriverContext, options: VerifyOptions, container: ProjectContainer): Promise<string> {
  try {
    const text = await containerLogTail(options.docker, container.id, LOG_LINES, options.env, ctx);
    const line = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .join(' | ');
    return clip(options.redact(line), MAX_QUOTE_CHARS);
  } catch (e) {
    // Past the deadline, or docker could not say: the failure stands without the output.
    if (!(e instanceof ChildProcessError)) throw e;
    return '';
  }
}
