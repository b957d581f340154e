// @ts-check
// The GitHub the bot benchmark runs against: the tests' fake GitHub (every request and answer checked
// against GitHub's OpenAPI description) in this process, with the App installed on `installations`
// organisations, one repository each, whose commit carries a real gate: stackgate.yml with
// `staging.gate: { requires: dev, minScore: 80 }`, a dev deployment recorded by github-actions[bot]
// (readiness 90), and a `staging` environment with a reviewer. Each verdict is then a gate evaluation
// as in production: stackgate.yml read at the SHA, the deploy ledger read, the environment read, the
// review POSTed through the protection-rule callback.
//
// The tests' fakes of deployments and environments serve one repository each and register their
// handlers on the fake by operation id; here each organisation's fakes register through a view of the
// fake that files their handlers under the organisation, and one dispatcher per operation picks by
// the request's `owner`. The dispatcher also stamps the moment a review that decides a run is
// recorded (performance.now(), the clock the senders use).
import { performance } from 'node:perf_hooks';
import { startFakeGitHub } from '../__tests__/helpers/fake-github.ts';
import { FakeGitHubApp } from '../__tests__/helpers/github-app.ts';
import { FakeDeployments } from '../__tests__/helpers/github-deployments.ts';
import { FakeEnvironments } from '../__tests__/helpers/github-environments.ts';
import { APP_BOT, GITHUB_ACTIONS_BOT } from '../__tests__/helpers/github-payloads.ts';

export const REPO = 'mcp-stacks';
export const SHA = 'be4c4be4c4be4c4be4c4be4c4be4c4be4c4be4c4';
export const ENVIRONMENT = 'staging';
export const STACKGATE_YML = `environments:
  dev: {}
  staging:
    gate: { requires: dev, minScore: 80 }
`;
/**
 * What actions/deploy records for the commit on dev: a deployment that went well, readiness 90.
 * @type {import('../src/adapters/github/deployments.ts').LedgerPayload}
 */
const DEV_RECORD = {
  stackgate: { version: '0.1.0' },
  driver: 'webhook',
  environment: 'dev',
  sha: SHA,
  images: [],
  readiness: { score: 90, grade: 'A' },
  startedAt: '2026-12-01T10:00:00Z',
  timeoutMs: 300_000,
  smoke: 'on',
};
const REVIEW = 'actions/review-custom-gates-for-run';
const ANY_OWNER = '*';

/**
 * @typedef {import('../__tests__/helpers/fake-github.ts').FakeGitHub} FakeGitHub
 * @typedef {import('../__tests__/helpers/fake-github.ts').FakeRequest} FakeRequest
 * @typedef {import('../__tests__/helpers/fake-github.ts').OperationHandler} OperationHandler
 * @typedef {{ owner: string, installationId: number }} Tenant
 */

/**
 * Starts the fake GitHub with the App on `installations` organisations (`org-0`…), each gated as
 * described above. Returns { fake, app, tenants, verdictAt (run id → ms), close() }.
 * @param {{ installations: number }} options
 */
export async function startGatedGitHub({ installations }) {
  const fake = await startFakeGitHub({ user: APP_BOT });
  /** @type {Map<string, Map<string, OperationHandler>>} */
  const routes = new Map();
  /** @type {Map<number, number>} */
  const verdictAt = new Map();

  /** @param {string} operationId @param {FakeRequest} request */
  const dispatch = async (operationId, request) => {
    const byOwner = routes.get(operationId);
    const owner = typeof request.params.owner === 'string' ? request.params.owner : ANY_OWNER;
    // Operations without an owner (users, teams) go to any organisation's fake: they all know the same reviewer.
    const handler = byOwner.get(owner) ?? byOwner.get(ANY_OWNER) ?? [...byOwner.values()][0];
    const reply = await handler(request);
    const decided = /** @type {{ state?: string } | undefined} */ (request.body)?.state;
    if (operationId === REVIEW && reply.status === 204 && decided) verdictAt.set(Number(request.params.run_id), performance.now());
    return reply;
  };
  /**
   * The fake as seen by the fakes of one organisation: handle() files their handlers under it; the
   * rest is the fake itself (getters and methods on the real object).
   * @param {string} owner
   * @returns {FakeGitHub}
   */
  const viewFor = (owner) =>
    new Proxy(fake, {
      get(target, property) {
        if (property === 'handle')
          return (/** @type {string} */ operationId, /** @type {OperationHandler} */ handler) => {
            if (!routes.has(operationId)) {
              routes.set(operationId, new Map());
              fake.handle(operationId, (request) => dispatch(operationId, request));
            }
            routes.get(operationId).set(owner, handler);
          };
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });

  /** @type {Tenant[]} */
  const tenants = Array.from({ length: installations }, (_, t) => ({ owner: `org-${t}`, installationId: 7100 + t }));
  const app = new FakeGitHubApp(viewFor(ANY_OWNER), {
    installations: tenants.map((t, i) => ({
      id: t.installationId,
      account: { login: t.owner, id: 9100 + i, type: 'Organization' },
      repositories: [REPO],
    })),
  });
  for (const { owner } of tenants) {
    fake.state.seedRepository({ owner, repo: REPO });
    app.seedCommit(owner, REPO, SHA, { 'stackgate.yml': STACKGATE_YML }, ['main']);
    new FakeDeployments(viewFor(owner), owner, REPO, GITHUB_ACTIONS_BOT).seed({
      sha: SHA,
      environment: 'dev',
      payload: DEV_RECORD,
      states: ['in_progress', 'success'],
    });
    new FakeEnvironments(viewFor(owner), owner, REPO).seed(ENVIRONMENT, { reviewers: ['alice'] });
  }
  return { fake, app, tenants, verdictAt, close: () => fake.close() };
}
