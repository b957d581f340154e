/**
 * The deploy ledger: GitHub Deployments and their statuses, as stackgate writes and reads them.
 *
 * - A deployment is ours when the token's account created it (compared by user id, like the sticky
 *   comment) and its payload carries `stackgate.version`: anyone can create a deployment with a
 *   payload that looks like ours, and such a deployment is never read as a record nor given a status.
 * - `ref` is the commit SHA, `auto_merge: false` (never merge the default branch into what is being
 *   deployed), `required_contexts: []` (the gates decide, not the commit statuses).
 * - The state of a deployment is its newest status (GitHub lists statuses newest first). A success
 *   is followed by `inactive` when a newer deployment of the environment succeeds (GitHub's
 *   auto_inactive), so `success` and `inactive` both mean it once ran well.
 */
import { toGitHubApiError } from './api-error';
import type { GitHubClient } from './client';
import type { TokenIdentity } from './token-identity';

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

/** What stackgate records in a deployment's payload (plain JSON, read back by the next run and the gates). */
export interface LedgerPayload {
  stackgate: { version: string };
  driver: string;
  environment: string;
  sha: string;
  /** Images as declared, with the digest where the reference pins one or the target reported it. */
  images: { service: string; image: string; digest?: string }[];
  /** The readiness score of the commit, when the run computed it. */
  readiness?: { score: number; grade: string };
  /** The workflow run that deploys (its id answers "is it still running?"). */
  run?: { id: number; url: string };
  /** When the run started and how long it may take: a deployment in_progress past that was left by a killed run. */
  startedAt: string;
  timeoutMs: number;
  /** Set on a deployment created to restore an earlier one. */
  rollbackOf?: number;
  /**
   * Whether the deploy runs the environment's smoke targets before it writes `success`: on (so a
   * success means they passed), off (deploy.smoke false) or no-targets (none configured).
   * Absent in deployments of stackgate before 0.1.
   */
  smoke?: 'on' | 'off' | 'no-targets';
}

/** A status of a deployment, as the gate reads it. */
export interface LedgerStatus {
  state: DeploymentState;
  description: string;
  createdAt: string;
  /** Who wrote it (user id and login). */
  creator?: { id: number; login: string };
}

/** The newest deployment of a commit to an environment that stackgate recorded, with its statuses (newest first). */
export interface LedgerRecord extends LedgerDeployment {
  creator: { id: number; login: string };
  statuses: LedgerStatus[];
}

export interface LedgerDeployment {
  id: number;
  sha: string;
  environment: string;
  createdAt: string;
  state: DeploymentState | 'none';
  /** The newest status's description. */
  description: string;
  environmentUrl?: string;
  payload: LedgerPayload;
}

export interface StatusUpdate {
  state: DeploymentState;
  /** At most 140 characters (GitHub's limit); longer ones are cut with an ellipsis. */
  description: string;
  environmentUrl?: string;
  logUrl?: string;
}

const DESCRIPTION_LIMIT = 140;
const PAGE = 30;
/** Pages of deployments read at most (300 deployments): others' deployments do not make a run read the whole history. */
const MAX_PAGES = 10;

export function statusDescription(text: string): string {
  return text.length <= DESCRIPTION_LIMIT ? text : `${text.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}

/** Whether a deployment once ran well: success, or inactive (which GitHub sets on a success a newer one replaced). */
export function ranWell(d: Pick<LedgerDeployment, 'state'>): boolean {
  return d.state === 'success' || d.state === 'inactive';
}

export function isActive(d: Pick<LedgerDeployment, 'state'>): boolean {
  return d.state === 'in_progress' || d.state === 'queued' || d.state === 'pending';
}

function isOurPayload(payload: unknown): payload is LedgerPayload {
  const p = payload as Partial<LedgerPayload> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof p.stackgate?.version === 'string' &&
    typeof p.sha === 'string' &&
    typeof p.driver === 'string' &&
    Array.isArray(p.images)
  );
}

export class DeploymentLedger {
  constructor(
    private readonly octokit: GitHubClient,
    private readonly repository: { owner: string; repo: string },
    private readonly identity: TokenIdentity,
    private readonly debug: (message: string) => void = () => undefined,
  ) {}

  /** Our deployments of an environment, newest first, each with its newest status (at most `limit`, read 30 a page, in the newest MAX_PAGES pages). */
  async list(environment: string, limit = PAGE): Promise<LedgerDeployment[]> {
    const out: LedgerDeployment[] = [];
    for (let page = 1; out.length < limit && page <= MAX_PAGES; page++) {
      const batch = await this.call(`list the deployments to ${environment}`, () =>
        this.octokit.rest.repos.listDeployments({ ...this.repository, environment, per_page: PAGE, page }),
      );
      for (const d of batch.data) {
        if (d.creator?.id !== this.identity.id || !isOurPayload(d.payload)) continue;
        const status = await this.newestStatus(d.id);
        out.push({
          id: d.id,
          sha: d.sha,
          environment: d.environment,
          createdAt: d.created_at,
          state: status?.state ?? 'none',
          description: status?.description ?? '',
          environmentUrl: status?.environment_url || undefined,
          payload: d.payload,
        });
        if (out.length >= limit) break;
      }
      if (batch.data.length < PAGE) break;
    }
    return out;
  }

  async create(payload: LedgerPayload, description: string, options: { productionEnvironment?: boolean } = {}): Promise<number> {
    const res = await this.call(`record the deployment of ${payload.sha.slice(0, 7)} to ${payload.environment}`, () =>
      this.octokit.rest.repos.createDeployment({
        ...this.repository,
        ref: payload.sha,
        environment: payload.environment,
        task: 'deploy',
        auto_merge: false,
        required_contexts: [],
        payload: payload as unknown as Record<string, unknown>,
        description: statusDescription(description),
        ...(options.productionEnvironment !== undefined ? { production_environment: options.productionEnvironment } : {}),
      }),
    );
    // 202 is GitHub's answer when it merged the default branch first: never with auto_merge false.
    if (res.status !== 201 || !('id' in res.data))
      throw new Error(`GitHub did not create the deployment: ${'message' in res.data ? res.data.message : res.status}`);
    return res.data.id;
  }

  async setStatus(deploymentId: number, update: StatusUpdate): Promise<void> {
    await this.call(`set deployment ${deploymentId} to ${update.state}`, () =>
      this.octokit.rest.repos.createDeploymentStatus({
        ...this.repository,
        deployment_id: deploymentId,
        state: update.state,
        description: statusDescription(update.description),
        ...(update.environmentUrl ? { environment_url: update.environmentUrl } : {}),
        ...(update.logUrl ? { log_url: update.logUrl } : {}),
      }),
    );
  }

  /** Whether the workflow run is still queued or running; undefined when GitHub does not say. */
  async runIsActive(runId: number): Promise<boolean | undefined> {
    try {
      const res = await this.octokit.rest.actions.getWorkflowRun({ ...this.repository, run_id: runId });
      return res.data.status !== 'completed';
    } catch (e) {
      this.debug(`look up workflow run ${runId}: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  /**
   * The newest deployment of `sha` to `environment` that a trusted account created with stackgate's
   * payload, with up to 100 of its statuses (newest first); undefined when there is none. Others'
   * deployments of the commit are skipped, not taken as evidence.
   */
  async recordOf(environment: string, sha: string, trusted: ReadonlySet<number>): Promise<LedgerRecord | undefined> {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const batch = await this.call(`list the deployments of ${sha.slice(0, 7)} to ${environment}`, () =>
        this.octokit.rest.repos.listDeployments({ ...this.repository, environment, sha, per_page: PAGE, page }),
      );
      for (const d of batch.data) {
        if (d.sha !== sha || d.environment !== environment || !d.creator || !trusted.has(d.creator.id) || !isOurPayload(d.payload)) continue;
        const res = await this.call(`read the statuses of deployment ${d.id}`, () =>
          this.octokit.rest.repos.listDeploymentStatuses({ ...this.repository, deployment_id: d.id, per_page: 100 }),
        );
        const statuses: LedgerStatus[] = res.data.map((st) => ({
          state: st.state,
          description: st.description ?? '',
          createdAt: st.created_at,
          ...(st.creator ? { creator: { id: st.creator.id, login: st.creator.login } } : {}),
        }));
        return {
          id: d.id,
          sha: d.sha,
          environment: d.environment,
          createdAt: d.created_at,
          state: statuses[0]?.state ?? 'none',
          description: statuses[0]?.description ?? '',
          environmentUrl: res.data[0]?.environment_url || undefined,
          payload: d.payload,
          creator: { id: d.creator.id, login: d.creator.login },
          statuses,
        };
      }
      if (batch.data.length < PAGE) break;
    }
    return undefined;
  }

  private async newestStatus(deploymentId: number) {
    const res = await this.call(`read the status of deployment ${deploymentId}`, () =>
      this.octokit.rest.repos.listDeploymentStatuses({ ...this.repository, deployment_id: deploymentId, per_page: 1 }),
    );
    return res.data[0];
  }

  private async call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw toGitHubApiError(e, operation, this.debug) ?? e;
    }
  }
}
