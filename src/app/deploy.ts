/**
 * The deploy use case: ship one environment at one commit through its driver, record it as a
 * GitHub Deployment, verify it (the driver's own checks, then the environment's smoke targets) and,
 * when that fails, put back what ran before and say so in the ledger.
 *
 * 1. Refuse to start while another stackgate deployment to the environment is in progress, unless
 *    told to; one left in progress by a run that ended (its workflow run completed, or it is older
 *    than its own timeout allows) is marked `error` first.
 * 2. Create the deployment (ref = the commit) and set it `in_progress`; the driver captures what runs.
 * 3. The driver deploys and verifies; then smoke, when the environment asks for it.
 * 4. Success: status `success` with the environment URL. Failure: status `failure`; with rollback on,
 *    the driver restores its capture and the last successful deployment gets a `success` status that
 *    says it is a rollback. No capture and no earlier success: the run fails with nothing half-done.
 *
 * The deploy, its verification and smoke share one deadline (`deploy.timeout`); the rollback gets a
 * budget of its own of the same length, so a deploy that ran out of time can still be undone. Every
 * message goes through the redactor with the run's credentials, so none reaches the report.
 */
import { parse as parseYaml } from 'yaml';
import { TimeoutError, withTimeout } from '../adapters/timeout';
import { driverOf, type DeployConfig } from '../core/config/deploy-schema';
import { formatMs, parseDurationMs } from '../core/smoke/duration';
import type { SmokeReport } from '../core/smoke/report-schema';
import { SecretRedactor } from '../core/secrets/redactor';
import {
  DeployFailure,
  type DeployDriver,
  type DeployItem,
  type DeployPlan,
  type DeploySecrets,
  type DeploySource,
  type DriverContext,
  type PreviousDeployment,
  type RestorePoint,
} from '../core/deploy/driver';
import { DEPLOY_REPORT_SCHEMA_ID, STALE_GRACE_MS, type DeployReport, type DeployStatus } from '../core/deploy/report';
import { isActive, ranWell, type DeploymentState, type LedgerDeployment, type LedgerPayload, type StatusUpdate } from '../adapters/github/deployments';

/** The ledger the use case writes (DeploymentLedger; tests may give another). */
export interface Ledger {
  list(environment: string, limit?: number): Promise<LedgerDeployment[]>;
  create(payload: LedgerPayload, description: string, options?: { productionEnvironment?: boolean }): Promise<number>;
  setStatus(deploymentId: number, update: StatusUpdate): Promise<void>;
  runIsActive(runId: number): Promise<boolean | undefined>;
}

export interface DeployRequest {
  environment: string;
  sha: string;
  deploy: DeployConfig;
  /** stackgate.yml `environments.<env>.url`. */
  environmentUrl?: string;
  production: boolean;
  source: DeploySource;
  secrets: DeploySecrets;
  dryRun: boolean;
  /** Start even when another deployment to the environment is in progress. */
  force: boolean;
  /** Overrides `deploy.timeout` (the action's wait-timeout input, --timeout). */
  timeoutMs?: number;
  toolVersion: string;
  /** The workflow run that deploys: its log is the deployment's log_url. */
  run?: { id: number; url: string };
  readiness?: { score: number; grade: string };
}

export interface DeployPorts {
  driver: DeployDriver;
  /** Undefined without a GitHub token (the CLI on a laptop): nothing is recorded and rollback uses the driver's capture only. */
  ledger?: Ledger;
  /** Runs the environment's smoke targets; undefined when it has none. */
  smoke?: (signal: AbortSignal) => Promise<SmokeReport>;
  /** The repository at an earlier commit, when the checkout has it (for drivers that restore from files). */
  sourceAt?: (sha: string) => DeploySource | undefined;
  log: (line: string) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
}

export async function deploy(request: DeployRequest, ports: DeployPorts): Promise<DeployReport> {
  const now = ports.now ?? Date.now;
  const started = now();
  const redactor = new SecretRedactor();
  for (const value of Object.values(request.secrets)) if (value) redactor.add(value);
  const clean = (text: string): string => redactor.redact(text);
  const log = (line: string): void => ports.log(clean(line));
  const timeoutMs = request.timeoutMs ?? parseDurationMs(request.deploy.timeout, `environments.${request.environment}.deploy.timeout`);
  const driverKind = driverOf(request.deploy);
  const report: DeployReport = {
    schema: DEPLOY_REPORT_SCHEMA_ID,
    environment: request.environment,
    sha: request.sha,
    driver: driverKind,
    dryRun: request.dryRun,
    status: 'error',
    message: '',
    environmentUrl: request.environmentUrl,
    rolledBack: false,
    items: [],
    notes: [],
    abandoned: [],
    durationMs: 0,
  };
  const finish = (status: DeployStatus, message: string): DeployReport => {
    report.status = status;
    report.message = clean(message);
    const cleanItems = (items: DeployItem[]) => items.map((i) => ({ ...i, detail: i.detail && clean(i.detail) }));
    report.items = cleanItems(report.items);
    report.notes = report.notes.map(clean);
    if (report.plan) report.plan = { ...report.plan, items: cleanItems(report.plan.items), notes: report.plan.notes.map(clean) };
    report.durationMs = Math.max(0, now() - started);
    return report;
  };

  const budget = (ms: number) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`the deploy timeout of ${formatMs(ms)} ran out`)), ms);
    timer.unref?.();
    return { deadline: now() + ms, signal: controller.signal, done: () => clearTimeout(timer) };
  };
  const context = (b: { deadline: number; signal: AbortSignal }, previous?: PreviousDeployment): DriverContext => ({
    source: request.source,
    previous,
    secrets: request.secrets,
    deadline: b.deadline,
    signal: b.signal,
    log,
    now,
    sleep: ports.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms))),
    fetch: ports.fetch ?? fetch,
  });

  if (request.dryRun) {
    const b = budget(timeoutMs);
    try {
      report.plan = await ports.driver.plan(context(b));
      return finish('success', `dry run: ${describePlan(report.plan)}; nothing was changed`);
    } catch (e) {
      return finish('error', `dry run failed: ${messageOf(e)}`);
    } finally {
      b.done();
    }
  }

  const { ledger } = ports;
  let history: LedgerDeployment[] = [];
  if (ledger) {
    history = await ledger.list(request.environment);
    for (const d of history.filter(isActive)) {
      if (await isAbandoned(d, ledger, now())) {
        await ledger.setStatus(d.id, { state: 'error', description: 'abandoned: the run that deployed it ended before it finished (killed or cancelled)' });
        report.abandoned.push(d.id);
        d.state = 'error';
        log(`deployment ${d.id} (${d.sha.slice(0, 7)}) was left in progress by a run that ended: marked error`);
      } else if (!request.force) {
        return finish(
          'error',
          `deployment ${d.id} of ${d.sha.slice(0, 7)} to ${request.environment} is still in progress${d.payload.run ? ` (${d.payload.run.url})` : ''}; wait for it, or force a deploy to start anyway`,
        );
      }
    }
  }
  const last = history.find(ranWell);
  const previous = last && previousDeployment(last, ports.sourceAt);

  let deploymentId: number | undefined;
  const setStatus = async (state: DeploymentState, description: string, environmentUrl?: string): Promise<void> => {
    if (!ledger || deploymentId === undefined) return;
    await ledger.setStatus(deploymentId, { state, description: clean(description), environmentUrl, logUrl: request.run?.url });
  };
  if (ledger) {
    const payload: LedgerPayload = {
      stackgate: { version: request.toolVersion },
      driver: driverKind,
      environment: request.environment,
      sha: request.sha,
      images: declaredImages(request.source),
      ...(request.readiness ? { readiness: request.readiness } : {}),
      ...(request.run ? { run: request.run } : {}),
      startedAt: new Date(started).toISOString(),
      timeoutMs,
      smoke: request.deploy.smoke ? (ports.smoke ? 'on' : 'no-targets') : 'off',
    };
    deploymentId = await ledger.create(payload, `stackgate deploy of ${request.sha.slice(0, 7)} (${driverKind})`, {
      productionEnvironment: request.production,
    });
    report.deploymentId = deploymentId;
    await setStatus('in_progress', `deploying ${request.sha.slice(0, 7)} with ${driverKind}`);
  }

  const main = budget(timeoutMs);
  let capture: RestorePoint | undefined;
  let failure: string | undefined;
  let changed = true;
  try {
    capture = await ports.driver.capture(context(main, previous));
    const outcome = await ports.driver.deploy(context(main, previous));
    report.items = outcome.items;
    report.notes.push(...outcome.notes);
    if (outcome.environmentUrl) report.environmentUrl = outcome.environmentUrl;
    if (request.deploy.smoke) {
      if (!ports.smoke) report.notes.push(`smoke: no smoke targets for ${request.environment} in stackgate.yml (smoke.environments.${request.environment})`);
      else {
        // Smoke shares the deploy's deadline: it is cut off with the rest.
        const smoke = await withTimeout(ports.smoke(main.signal), Math.max(0, main.deadline - now()), 'smoke');
        const s = smoke.summary;
        report.smoke = {
          passed: s.failedTargets === 0,
          targets: s.targets,
          failedTargets: s.failedTargets,
          summary: `${s.passedTargets} of ${s.targets} smoke targets passed${s.failedChecks ? `, ${s.failedChecks} checks failed` : ''}`,
        };
        if (!report.smoke.passed) failure = `smoke failed: ${report.smoke.summary} (${failedTargets(smoke)})`;
      }
    }
  } catch (e) {
    if (e instanceof DeployFailure) {
      report.items = e.items.length ? e.items : report.items;
      changed = e.changed;
      failure = `${e.phase === 'verify' ? 'verification failed' : e.phase === 'timeout' ? 'timed out' : 'deploy failed'}: ${e.message}`;
    } else if (main.signal.aborted || e instanceof TimeoutError) failure = `timed out: ${messageOf(main.signal.aborted ? main.signal.reason : e)}`;
    else {
      main.done();
      await setStatus('error', `error: ${messageOf(e)}`);
      return finish('error', `deploy of ${request.sha.slice(0, 7)} to ${request.environment} failed with an error: ${messageOf(e)}`);
    }
  } finally {
    main.done();
  }

  if (!failure) {
    await setStatus(
      'success',
      `deployed ${request.sha.slice(0, 7)} with ${driverKind}${report.smoke ? `; ${report.smoke.summary}` : ''}`,
      report.environmentUrl,
    );
    return finish(
      'success',
      `deployed ${request.sha.slice(0, 7)} to ${request.environment} with ${driverKind}${report.smoke ? `; ${report.smoke.summary}` : ''}`,
    );
  }

  log(failure);
  await setStatus('failure', failure);
  if (!request.deploy.rollback) return finish('failure', `${failure}; rollback is off for ${request.environment}`);
  if (!changed) {
    report.rollback = { status: 'not-possible', message: 'nothing was changed on the target, so there is nothing to roll back' };
    return finish('failure', `${failure}; nothing was changed, nothing to roll back`);
  }
  if (!capture) {
    report.rollback = { status: 'not-possible', message: `no earlier deployment of ${request.environment} to roll back to` };
    return finish('failure', `${failure}; no earlier deployment of ${request.environment} to roll back to`);
  }

  const back = budget(timeoutMs);
  try {
    log(`rolling back: ${capture.description}`);
    const restored = await ports.driver.restore(context(back, previous), capture);
    report.notes.push(...restored.notes);
    report.rolledBack = true;
    const to = previous ? `${previous.sha.slice(0, 7)} (deployment ${previous.deploymentId})` : capture.description;
    report.rollback = { deploymentId: previous?.deploymentId, sha: previous?.sha, status: 'restored', message: `restored ${to}` };
    if (ledger && previous)
      await ledger.setStatus(previous.deploymentId, {
        state: 'success',
        description: clean(`rollback: restored after ${request.sha.slice(0, 7)} failed`),
        environmentUrl: report.environmentUrl,
        logUrl: request.run?.url,
      });
    return finish('rolled-back', `${failure}; rolled back to ${to}`);
  } catch (e) {
    const why = e instanceof DeployFailure ? e.message : messageOf(e);
    report.rollback = { deploymentId: previous?.deploymentId, sha: previous?.sha, status: 'failed', message: clean(why) };
    return finish('failure', `${failure}; the rollback failed too: ${why}`);
  } finally {
    back.done();
  }
}

/**
 * The last good deployment as drivers see it. The repository at its commit is checked out only when a
 * driver asks for it (Compose restores from those files; the others never do), once.
 */
function previousDeployment(last: LedgerDeployment, sourceAt: DeployPorts['sourceAt']): PreviousDeployment {
  let source: DeploySource | undefined;
  let read = false;
  return {
    sha: last.sha,
    deploymentId: last.id,
    get source() {
      if (!read) {
        read = true;
        source = sourceAt?.(last.sha);
      }
      return source;
    },
  };
}

/** A deployment in progress whose run has ended, or that is older than its own timeout allows. */
async function isAbandoned(d: LedgerDeployment, ledger: Ledger, nowMs: number): Promise<boolean> {
  if (d.payload.run) {
    const active = await ledger.runIsActive(d.payload.run.id);
    if (active !== undefined) return !active;
  }
  const startedAt = Date.parse(d.payload.startedAt);
  return Number.isFinite(startedAt) && nowMs > startedAt + d.payload.timeoutMs * 2 + STALE_GRACE_MS;
}

/** The images the merged Compose file names (as written: `${VAR}` unresolved), with the digest where the reference pins one. */
export function declaredImages(source: DeploySource): LedgerPayload['images'] {
  const text = source.composeFile?.text;
  if (!text) return [];
  const services = (parseYaml(text) as { services?: Record<string, { image?: unknown } | null> } | null)?.services ?? {};
  return Object.entries(services).flatMap(([service, s]) => {
    const image = typeof s?.image === 'string' ? s.image : undefined;
    if (!image) return [];
    const digest = /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1];
    return [{ service, image, ...(digest ? { digest } : {}) }];
  });
}

function describePlan(plan: DeployPlan): string {
  const counts = new Map<string, number>();
  for (const i of plan.items) counts.set(i.action, (counts.get(i.action) ?? 0) + 1);
  const parts = [...counts].map(([action, n]) => `${n} ${action}`);
  return `${plan.driver} to ${plan.target}: ${parts.length ? parts.join(', ') : 'nothing to change'}`;
}

function failedTargets(report: SmokeReport): string {
  return report.targets
    .filter((t) => !t.passed)
    .map((t) => t.service)
    .join(', ');
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
