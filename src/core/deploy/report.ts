/** The deploy report: what `stackgate deploy --format json` prints and actions/deploy's report-json output. */
import type { DeployItem, DeployPlan } from './driver';

export const DEPLOY_REPORT_SCHEMA_ID = 'stackgate/deploy-report@1';

/** How long past its own timeout a deployment may stay in_progress before the next run calls it abandoned. */
export const STALE_GRACE_MS = 5 * 60_000;

export type DeployStatus = 'success' | 'failure' | 'rolled-back' | 'error';

export interface DeployReport {
  schema: typeof DEPLOY_REPORT_SCHEMA_ID;
  environment: string;
  sha: string;
  driver: string;
  dryRun: boolean;
  status: DeployStatus;
  /** One sentence for logs, summaries and the deployment status. */
  message: string;
  deploymentId?: number;
  environmentUrl?: string;
  rolledBack: boolean;
  plan?: DeployPlan;
  items: DeployItem[];
  notes: string[];
  smoke?: { passed: boolean; targets: number; failedTargets: number; summary: string };
  rollback?: { deploymentId?: number; sha?: string; status: 'restored' | 'failed' | 'not-possible'; message: string };
  /** Deployments this run marked `error` because a run that ended left them in progress. */
  abandoned: number[];
  durationMs: number;
}
