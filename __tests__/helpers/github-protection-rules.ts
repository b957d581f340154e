/**
 * The custom deployment protection rule callback in the fake GitHub (fake-github.ts):
 * `actions/review-custom-gates-for-run` (`POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule`).
 *
 * GitHub waits for the App's verdict on a run's environment after it sent a
 * `deployment_protection_rule` event; `expect` plays that. A review of a pending request answers
 * 204 and is recorded with the token that sent it; an approval or rejection ends the request, a
 * comment alone (no `state`) does not. A review of a run and environment nobody asked about, or
 * asked about and already decided, answers 422. GitHub's description documents 204 only, and the
 * exact 422 message is not published: the message here is our own wording.
 */
import type { FakeGitHub, FakeReply, FakeRequest } from './fake-github';
import { basicError } from './github-payloads';

export interface ProtectionRuleRequest {
  owner: string;
  repo: string;
  runId: number;
  environment: string;
}

export interface RecordedReview {
  owner: string;
  repo: string;
  runId: number;
  environmentName: string;
  /** Undefined for a comment without a decision. */
  state?: 'approved' | 'rejected';
  comment?: string;
  /** The installation token that sent it (`Authorization` without its scheme). */
  token: string;
}

const REVIEW_DOCS = 'https://docs.github.com/rest/actions/workflow-runs#review-custom-deployment-protection-rules-for-a-workflow-run';

export class FakeProtectionRules {
  readonly reviews: RecordedReview[] = [];
  private readonly pending = new Set<string>();

  constructor(fake: FakeGitHub) {
    fake.handle('actions/review-custom-gates-for-run', (r) => this.review(r));
  }

  /** GitHub now waits for this App's verdict on the run's environment. */
  expect(request: ProtectionRuleRequest): void {
    this.pending.add(key(request));
  }

  /** Whether a verdict is still awaited. */
  isPending(request: ProtectionRuleRequest): boolean {
    return this.pending.has(key(request));
  }

  private review(r: FakeRequest): FakeReply {
    const body = r.body as { environment_name: string; state?: 'approved' | 'rejected'; comment?: string };
    const request = { owner: String(r.params.owner), repo: String(r.params.repo), runId: Number(r.params.run_id), environment: body.environment_name };
    if (!this.pending.has(key(request))) {
      // Off-spec on purpose: GitHub answers 422 here, but its description documents only 204.
      return {
        status: 422,
        body: basicError(422, `No pending custom deployment protection rule for environment ${body.environment_name} in run ${request.runId}`, REVIEW_DOCS),
        isOffSpec: true,
      };
    }
    this.reviews.push({
      owner: request.owner,
      repo: request.repo,
      runId: request.runId,
      environmentName: body.environment_name,
      state: body.state,
      comment: body.comment,
      token: String(r.headers.authorization ?? '').replace(/^\S+\s+/, ''),
    });
    if (body.state) this.pending.delete(key(request));
    return { status: 204 };
  }
}

function key(r: ProtectionRuleRequest): string {
  return `${r.owner.toLowerCase()}/${r.repo.toLowerCase()}#${r.runId}@${r.environment}`;
}
