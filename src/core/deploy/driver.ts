/**
 * The contract between the deploy use case (app/deploy.ts) and its drivers (adapters/deploy/*):
 * Portainer, Kubernetes, Compose and webhook. A driver ships one environment at one commit and
 * verifies it itself (success is only what it checked, never what a remote API claims), can say what
 * it would change without changing anything, and can restore what ran before.
 *
 * Every wait of a driver is bounded by `deadline`; credentials reach it through `secrets` and never
 * appear in what it logs, throws or returns (the use case redacts again anyway).
 */
import type { DeployDriverKind } from '../config/deploy-schema';

/** What the repository gives a driver for one environment at one commit. */
export interface DeploySource {
  environment: string;
  /** The commit being deployed (40 hex). */
  sha: string;
  /** Absolute path of the repository checkout (at `sha`). */
  root: string;
  /**
   * The environment's Compose stack merged as validate merges it (base files + the environment's
   * overrides), `${VAR}` left for the target to substitute, as YAML; for Portainer and Compose.
   */
  composeFile?: {
    text: string;
    files: string[];
    stack: string;
    /** Repository-relative directory of the base file: relative paths in the file (build contexts, bind mounts, env_file) point from there. */
    projectDirectory: string;
  };
  /** Variables stackgate.yml sets for the environment (`variables`, env files): merged into the target's, never replacing them. */
  variables: Record<string, string>;
}

/** Credentials from the action inputs or the CLI's environment; the use case masks each. */
export interface DeploySecrets {
  portainerApiKey?: string;
  /** The kubeconfig file's content (written to a 0600 temporary file for kubectl, removed after). */
  kubeconfig?: string;
  webhookSecret?: string;
}

/** The environment's last successful deployment, from the ledger (GitHub Deployments). */
export interface PreviousDeployment {
  sha: string;
  deploymentId: number;
  /** The repository at that commit, when the checkout has it (a fetch-depth: 0 checkout): drivers without their own history (Compose, webhook) restore from it. */
  source?: DeploySource;
}

export interface DriverContext {
  source: DeploySource;
  /** Undefined for the first deployment of an environment. */
  previous?: PreviousDeployment;
  secrets: DeploySecrets;
  /** Epoch milliseconds by which everything the driver does must have ended. */
  deadline: number;
  /** Cancels outstanding requests and child processes (the deadline, or the job being cancelled). */
  signal: AbortSignal;
  /** A line for the log (already free of secrets: drivers never pass them in). */
  log: (line: string) => void;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** HTTP (default the global fetch); tests give one that records. */
  fetch: typeof fetch;
}

/** One thing a deploy changes or changed: a service, a workload, an object. */
export interface DeployItem {
  /** `mcp-memory`, `deployment/mcp-memory`, `service/mcp`. */
  name: string;
  /** `create`, `update`, `unchanged`, `delete` for a plan; the verified state after a deploy. */
  action: 'create' | 'update' | 'unchanged' | 'delete' | 'deployed';
  /** The image (and digest when the target reports one). */
  image?: string;
  digest?: string;
  /** A sentence: `image ghcr.io/acme/mcp-memory:1.3 -> 1.4`, `healthy after 12 s`. */
  detail?: string;
}

export interface DeployPlan {
  driver: DeployDriverKind;
  /** What the driver deploys to: `portainer https://… endpoint 1 stack mcp-dev`, `kubectl context kind-dev`. */
  target: string;
  items: DeployItem[];
  /** Notes a release engineer should read (a Git stack redeployed at its ref, conflicts to force). */
  notes: string[];
}

/**
 * What was running before a deploy, as the driver captured it: enough for `restore` to put it back
 * (a Portainer stack's file and Env, the revisions of the rolled-out workloads, the previous Compose
 * file). Plain JSON: the use case keeps it for the duration of the run only.
 */
export type RestorePoint = { driver: DeployDriverKind; description: string } & Record<string, unknown>;

export interface DeployOutcome {
  items: DeployItem[];
  /** Notes for the report (forced field conflicts, an Edge grace period used). */
  notes: string[];
  /** Where the environment answers when the driver learns it (a webhook's status); else stackgate.yml's `url`. */
  environmentUrl?: string;
}

/** A deploy that did not verify: what failed, in a sentence naming the service or object. */
export class DeployFailure extends Error {
  constructor(
    message: string,
    /** `deploy` (the change was refused or failed), `verify` (it applied but did not become healthy), `timeout`. */
    readonly phase: 'deploy' | 'verify' | 'timeout',
    /** What was checked before the failure (shown in the report). */
    readonly items: DeployItem[] = [],
    /** Whether anything was changed on the target (nothing to roll back when false). */
    readonly changed = true,
  ) {
    super(message);
    this.name = 'DeployFailure';
  }
}

export interface DeployDriver {
  readonly kind: DeployDriverKind;
  /** What `deploy` would change, read-only (`--dry-run`). */
  plan(ctx: DriverContext): Promise<DeployPlan>;
  /** Captures what runs now, before `deploy` changes it; undefined when nothing is deployed yet. */
  capture(ctx: DriverContext): Promise<RestorePoint | undefined>;
  /** Ships `ctx.source` and verifies it; throws DeployFailure when it does not verify in time. */
  deploy(ctx: DriverContext): Promise<DeployOutcome>;
  /** Puts back what `capture` saw and verifies it; throws DeployFailure when that fails too. */
  restore(ctx: DriverContext, point: RestorePoint): Promise<DeployOutcome>;
}
