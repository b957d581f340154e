/**
 * `environments.<env>.deploy` of stackgate.yml: how `stackgate deploy` ships an environment, with
 * exactly one driver (Portainer, Kubernetes, Compose or a webhook), and what it does after.
 * Credentials never live here: they come from the action's inputs or the CLI's environment
 * (PORTAINER_API_KEY, KUBECONFIG, STACKGATE_WEBHOOK_SECRET, GITHUB_TOKEN).
 */
import { z } from 'zod';
import { isRepositoryPath, REPOSITORY_PATH_MESSAGE } from '../source/repository-path';
import { duration } from './smoke-schema';

const repoPath = z.string().refine(isRepositoryPath, REPOSITORY_PATH_MESSAGE);
/** An absolute http(s) URL (checked by parsing, so the JSON Schema carries no `format` editors may not know). */
export function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}
export const httpUrl = z.string().refine(isHttpUrl, 'expected an http:// or https:// URL');
const source = z
  .string()
  .min(1)
  .optional()
  .describe("The repository's Compose stack to ship (a name of `stacks:`; default: the only stack of the repository).");

export const DEPLOY_DRIVERS = ['portainer', 'kubernetes', 'compose', 'webhook'] as const;
export type DeployDriverKind = (typeof DEPLOY_DRIVERS)[number];

export const portainerDeploySchema = z
  .strictObject({
    url: httpUrl.describe('Portainer base URL (https://portainer.example.com), without /api.'),
    endpoint: z.number().int().positive().describe('The Portainer environment (endpoint) id the stack runs on.'),
    stack: z.string().min(1).describe('The Portainer stack name on that endpoint.'),
    source,
    edge: z.boolean().default(false).describe('An Edge endpoint: changes apply asynchronously, so verification polls with a grace period.'),
    edgeGrace: duration.default('60s').describe('How long an Edge endpoint may take before its containers show the new images.'),
  })
  .describe('Deploy a Portainer stack: a file stack gets the merged Compose file, a Git stack is redeployed at the commit.');

export const kubernetesDeploySchema = z
  .strictObject({
    paths: z.array(repoPath).min(1).describe('Manifest files or directories (a directory with kustomization.yaml is applied with -k).'),
    namespace: z.string().min(1).optional().describe('Namespace for objects that do not name one.'),
    context: z.string().min(1).optional().describe('kubeconfig context (default: its current context).'),
    forceConflicts: z
      .boolean()
      .default(false)
      .describe('Take over fields another field manager owns (after a `kubectl rollout undo` they belong to kubectl); reported in the deploy report.'),
  })
  .describe('Deploy with kubectl apply --server-side, wait for every rollout, undo on failure.');

export const composeDeploySchema = z
  .strictObject({
    host: z.string().min(1).optional().describe('DOCKER_HOST of the target (ssh://deploy@dev-host, unix:///var/run/docker.sock); default: the local engine.'),
    project: z.string().min(1).describe('The Compose project name on the host.'),
    source,
  })
  .describe('Deploy with docker compose up -d of the merged files.');

export const webhookDeploySchema = z
  .strictObject({
    url: httpUrl.describe('Where the signed JSON payload is POSTed.'),
    statusUrl: httpUrl.optional().describe('Polled until it reports done or failed (JSON {"status": "pending|running|success|failure"}).'),
    pollInterval: duration.default('5s').describe('Between two polls of statusUrl.'),
  })
  .describe('Deploy by calling a webhook signed with HMAC-SHA256 (X-Stackgate-Signature-256).');

export const deploySchema = z
  .strictObject({
    portainer: portainerDeploySchema.optional(),
    kubernetes: kubernetesDeploySchema.optional(),
    compose: composeDeploySchema.optional(),
    webhook: webhookDeploySchema.optional(),
    smoke: z.boolean().default(true).describe('Run smoke.environments.<env> after the rollout.'),
    rollback: z.boolean().default(true).describe('Redeploy the last good deployment when verification or smoke fails.'),
    timeout: duration.default('5m').describe('The whole deploy, verification and smoke included.'),
  })
  .superRefine((value, ctx) => {
    const drivers = DEPLOY_DRIVERS.filter((d) => value[d] !== undefined);
    if (drivers.length !== 1)
      ctx.addIssue({
        code: 'custom',
        message: drivers.length ? `expected exactly one driver, got ${drivers.join(' and ')}` : `expected exactly one driver: ${DEPLOY_DRIVERS.join(', ')}`,
      });
  })
  .describe('How stackgate deploy ships this environment: exactly one of portainer, kubernetes, compose, webhook.');

export type DeployConfig = z.infer<typeof deploySchema>;
export type PortainerDeployConfig = z.infer<typeof portainerDeploySchema>;
export type KubernetesDeployConfig = z.infer<typeof kubernetesDeploySchema>;
export type ComposeDeployConfig = z.infer<typeof composeDeploySchema>;
export type WebhookDeployConfig = z.infer<typeof webhookDeploySchema>;

/** The driver an environment's deploy section names (the schema guarantees exactly one). */
export function driverOf(config: DeployConfig): DeployDriverKind {
  return DEPLOY_DRIVERS.find((d) => config[d] !== undefined)!;
}
