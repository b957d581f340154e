/**
 * Webhook deliveries as GitHub sends them to a GitHub App, for tests of a bot's `POST /webhook`:
 * - payloads: `pull_request` (opened, synchronize, reopened) from @octokit/webhooks-examples with the
 *   repository, head commit and installation replaced, and `deployment_protection_rule.requested`,
 *   which the examples lack, built from parts GitHub records elsewhere and validated against the
 *   webhook's schema in GitHub's OpenAPI description (`x-webhooks["deployment-protection-rule-requested"]`);
 * - `sign`: `X-Hub-Signature-256` (`sha256=` + HMAC-SHA256 of the exact body bytes, hex);
 * - `deliver`: the POST with GitHub's headers (event, a UUID delivery id, signatures, Hookshot's
 *   User-Agent), answering status, headers and body text.
 */
import crypto from 'node:crypto';
import { githubSpec, schemaProblems } from './github-openapi';
import { OCTOCAT, simpleUser, webhookExample, type FakeUser } from './github-payloads';

type Json = Record<string, unknown>;

const EXAMPLE_API = 'https://api.github.com';

/** An example with its repository renamed to `owner/repo` and GitHub's API URL replaced by `apiUrl`. */
function retarget(event: Json, owner: string, repo: string, apiUrl: string): Json {
  const repository = event.repository as Json & { owner: Json };
  const fullName = String(repository.full_name);
  const text = JSON.stringify(event).split(fullName).join(`${owner}/${repo}`).split(EXAMPLE_API).join(apiUrl);
  const retargeted = JSON.parse(text) as Json & { repository: Json & { owner: Json } };
  retargeted.repository.name = repo;
  retargeted.repository.owner.login = owner;
  return retargeted;
}

function installationOf(id: number): Json {
  return { id, node_id: Buffer.from(`023:IntegrationInstallation${id}`).toString('base64') };
}

export interface DeploymentProtectionRuleInput {
  owner: string;
  repo: string;
  sha: string;
  environment: string;
  /** The workflow run waiting for the verdict: the `{run_id}` of `deployment_callback_url`. */
  runId: number;
  installationId: number;
  /** The API root the callback URL and every other URL point at (the fake's `url`). */
  apiUrl: string;
  /** Default `refs/heads/main`. */
  ref?: string;
  /** The event that started the workflow; default `push`. */
  event?: string;
  /** Who started the workflow; default octocat. */
  sender?: FakeUser;
  /** Default 1; the deployment GitHub created for the job. */
  deploymentId?: number;
  /** Owned by an organization (the payload has `organization`); default true. */
  isOrganization?: boolean;
}

/** Fields GitHub sends in every `deployment_protection_rule` delivery, although the schema makes all optional. */
const SENT_FIELDS = [
  'action',
  'environment',
  'event',
  'sha',
  'ref',
  'deployment_callback_url',
  'deployment',
  'pull_requests',
  'repository',
  'installation',
  'sender',
];
const SCHEMA = 'webhook-deployment-protection-rule-requested';

/** Problems of a payload against the `deployment_protection_rule.requested` webhook schema; empty when it conforms. */
export function deploymentProtectionRuleProblems(payload: Json): string[] {
  const webhook = (githubSpec as unknown as { 'x-webhooks': Record<string, { post: { requestBody: unknown } }> })['x-webhooks'];
  const declared = JSON.stringify(webhook['deployment-protection-rule-requested'].post.requestBody);
  if (!declared.includes(`#/components/schemas/${SCHEMA}`)) return [`x-webhooks no longer points at ${SCHEMA}`];
  const known = Object.keys((githubSpec.components.schemas[SCHEMA] as { properties: Json }).properties);
  const problems = schemaProblems(SCHEMA, payload);
  for (const field of SENT_FIELDS) if (payload[field] === undefined) problems.push(`${SCHEMA}: missing ${field}, which GitHub sends`);
  for (const field of Object.keys(payload)) if (!known.includes(field)) problems.push(`${SCHEMA}: unknown property ${field}`);
  try {
    new URL(String(payload.deployment_callback_url));
  } catch {
    problems.push(`${SCHEMA}: deployment_callback_url is not a URL`);
  }
  return problems;
}

/** A `deployment_protection_rule` (action `requested`) payload; throws when it does not conform to the webhook schema. */
export function deploymentProtectionRuleEvent(input: DeploymentProtectionRuleInput): Json {
  const { owner, repo, apiUrl } = input;
  const source = retarget(
    webhookExample('deployment', (e) => !!e.organization),
    owner,
    repo,
    apiUrl,
  );
  const sender = simpleUser(input.sender ?? OCTOCAT, apiUrl);
  const repoApi = `${apiUrl}/repos/${owner}/${repo}`;
  const deploymentId = input.deploymentId ?? 1;
  const deployment = {
    ...(source.deployment as Json),
    url: `${repoApi}/deployments/${deploymentId}`,
    id: deploymentId,
    node_id: Buffer.from(`010:Deployment${deploymentId}`).toString('base64'),
    sha: input.sha,
    ref: input.ref ?? 'refs/heads/main',
    task: 'deploy',
    payload: {},
    original_environment: input.environment,
    environment: input.environment,
    description: null,
    creator: sender,
    statuses_url: `${repoApi}/deployments/${deploymentId}/statuses`,
    repository_url: repoApi,
    transient_environment: false,
    production_environment: false,
    performed_via_github_app: null,
  };
  const payload: Json = {
    action: 'requested',
    environment: input.environment,
    event: input.event ?? 'push',
    sha: input.sha,
    ref: input.ref ?? 'refs/heads/main',
    deployment_callback_url: `${repoApi}/actions/runs/${input.runId}/deployment_protection_rule`,
    deployment,
    pull_requests: [],
    repository: source.repository,
    ...(input.isOrganization === false ? {} : { organization: { ...(source.organization as Json), login: owner } }),
    installation: installationOf(input.installationId),
    sender,
  };
  const problems = deploymentProtectionRuleProblems(payload);
  if (problems.length > 0) throw new Error(`deploymentProtectionRuleEvent: the payload does not conform:\n${problems.join('\n')}`);
  return payload;
}

export interface PullRequestEventInput {
  action: 'opened' | 'synchronize' | 'reopened';
  owner: string;
  repo: string;
  headSha: string;
  installationId: number;
  /** Default 1. */
  number?: number;
  /** The head commit before a `synchronize`; default the example's. */
  beforeSha?: string;
  /** Default `https://api.github.com` (the example's own URLs). */
  apiUrl?: string;
}

/**
 * A `pull_request` payload of a GitHub App installation: the example of @octokit/webhooks-examples
 * for the action with repository, number, head SHA and installation replaced; throws when it does not
 * conform to the webhook schema of the action (`webhook-pull-request-<action>`).
 */
export function pullRequestEvent(input: PullRequestEventInput): Json {
  const source = webhookExample('pull_request', (e) => e.action === input.action && !!e.installation && !e.organization);
  const event = retarget(source, input.owner, input.repo, input.apiUrl ?? EXAMPLE_API) as Json & {
    pull_request: Json & { head: Json & { repo: Json & { owner: Json } }; base: Json & { repo: Json & { owner: Json } } };
  };
  const number = input.number ?? 1;
  const exampleNumber = Number(source.number);
  const text = JSON.stringify(event.pull_request).replace(new RegExp(`/(pulls|pull|issues)/${exampleNumber}\\b`, 'g'), `/$1/${number}`);
  const pr = JSON.parse(text) as typeof event.pull_request;
  pr.number = number;
  pr.head.sha = input.headSha;
  for (const side of [pr.head, pr.base]) {
    side.repo.name = input.repo;
    side.repo.owner.login = input.owner;
    side.label = `${input.owner}:${String(side.ref)}`;
    // The synchronize example predates this field, which GitHub sends and the schema requires.
    side.repo.has_discussions ??= false;
  }
  const result: Json = { ...event, number, pull_request: pr, installation: installationOf(input.installationId) };
  if (input.action === 'synchronize') {
    result.before = input.beforeSha ?? event.before;
    result.after = input.headSha;
  }
  const problems = schemaProblems(`webhook-pull-request-${input.action}`, result);
  if (problems.length > 0) throw new Error(`pullRequestEvent: the payload does not conform:\n${problems.join('\n')}`);
  return result;
}

/** The `X-Hub-Signature-256` of a body: `sha256=` and the hex HMAC-SHA256 of its bytes under the secret. */
export function sign(body: string | Buffer, secret: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`;
}

export interface Delivery {
  /** `X-GitHub-Event`: `deployment_protection_rule`, `pull_request`… */
  event: string;
  /** A payload (sent as JSON) or the exact body text. */
  body: Json | string;
  /** Signs the body (`X-Hub-Signature-256`, and the legacy SHA-1 `X-Hub-Signature`). */
  secret?: string;
  /** Sent instead of the computed `X-Hub-Signature-256`; `null` sends none. */
  signature?: string | null;
  /** `X-GitHub-Delivery`; default a fresh UUID. A redelivery repeats the id. */
  id?: string;
  /** The App the webhook belongs to (`X-GitHub-Hook-Installation-Target-ID`); default 1. */
  appId?: number;
  /** More headers, or overrides. */
  headers?: Record<string, string>;
}

export interface DeliveryResult {
  status: number;
  headers: Headers;
  body: string;
  /** The delivery id that was sent. */
  id: string;
}

/** POSTs a delivery to `url` (the bot's `/webhook`) with the headers GitHub sends. */
export async function deliver(url: string, delivery: Delivery): Promise<DeliveryResult> {
  const body = typeof delivery.body === 'string' ? delivery.body : JSON.stringify(delivery.body);
  const id = delivery.id ?? crypto.randomUUID();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'GitHub-Hookshot/5f3e2c1',
    accept: '*/*',
    'x-github-event': delivery.event,
    'x-github-delivery': id,
    'x-github-hook-id': '480117823',
    'x-github-hook-installation-target-type': 'integration',
    'x-github-hook-installation-target-id': String(delivery.appId ?? 1),
  };
  if (delivery.secret !== undefined) {
    headers['x-hub-signature'] = `sha1=${crypto.createHmac('sha1', delivery.secret).update(body).digest('hex')}`;
    headers['x-hub-signature-256'] = sign(body, delivery.secret);
  }
  if (delivery.signature === null) {
    delete headers['x-hub-signature'];
    delete headers['x-hub-signature-256'];
  } else if (delivery.signature !== undefined) {
    headers['x-hub-signature-256'] = delivery.signature;
  }
  const response = await fetch(url, { method: 'POST', headers: { ...headers, ...delivery.headers }, body });
  return { status: response.status, headers: response.headers, body: await response.text(), id };
}
