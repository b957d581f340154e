/**
 * Workflow runs with environment approvals in the fake GitHub: `actions/get-reviews-for-run` (who
 * approved or rejected the run, for which environments) and `actions/get-workflow-run` with the
 * actor who triggered it. Answers are shaped as GitHub's OpenAPI description says (the fake
 * validates them). Register after FakeDeployments: this one then answers get-workflow-run.
 */
import type { FakeGitHub, FakeReply, FakeRequest } from './fake-github';
import { basicError, isoSeconds, simpleUser, workflowRun, type FakeUser } from './github-payloads';

export interface SeededApproval {
  user: FakeUser;
  state: 'approved' | 'rejected' | 'pending';
  environments: { id: number; name: string }[];
  comment?: string;
}

export class FakeRuns {
  private readonly runs = new Map<number, { triggeredBy: FakeUser; approvals: SeededApproval[] }>();

  constructor(
    private readonly fake: FakeGitHub,
    private readonly owner: string,
    private readonly repo: string,
  ) {
    fake.handle('actions/get-reviews-for-run', (r) => this.reviews(r));
    fake.handle('actions/get-workflow-run', (r) => this.run(r));
  }

  seedRun(id: number, triggeredBy: FakeUser, approvals: SeededApproval[] = []): void {
    this.runs.set(id, { triggeredBy, approvals });
  }

  private find(r: FakeRequest): { triggeredBy: FakeUser; approvals: SeededApproval[] } | FakeReply {
    if (r.params.owner !== this.owner || r.params.repo !== this.repo) return { status: 404, body: basicError(404, 'Not Found') };
    return this.runs.get(Number(r.params.run_id)) ?? { status: 404, body: basicError(404, 'Not Found') };
  }

  private reviews(r: FakeRequest): FakeReply {
    const run = this.find(r);
    if ('status' in run) return run;
    const api = this.fake.url;
    const html = api.replace(/\/api\/v3$/, '');
    const at = isoSeconds(new Date('2026-11-02T09:00:00Z'));
    return {
      status: 200,
      body: run.approvals.map((a) => ({
        state: a.state,
        comment: a.comment ?? '',
        user: simpleUser(a.user, api),
        environments: a.environments.map((e) => ({
          id: e.id,
          node_id: Buffer.from(`Environment${e.id}`).toString('base64'),
          name: e.name,
          url: `${api}/repos/${this.owner}/${this.repo}/environments/${e.name}`,
          html_url: `${html}/${this.owner}/${this.repo}/deployments/activity_log?environments_filter=${e.name}`,
          created_at: at,
          updated_at: at,
        })),
      })),
    };
  }

  private run(r: FakeRequest): FakeReply {
    const run = this.find(r);
    if ('status' in run) return run;
    const body = workflowRun({ apiUrl: this.fake.url, owner: this.owner, repo: this.repo, id: Number(r.params.run_id), status: 'in_progress' });
    const actor = simpleUser(run.triggeredBy, this.fake.url);
    return { status: 200, body: { ...body, actor, triggering_actor: actor } };
  }
}
