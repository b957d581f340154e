/**
 * GitHub Deployments in the fake GitHub (fake-github.ts): create, list (filtered by environment,
 * sha, ref, task, newest first), get, statuses (newest first), and GitHub's auto_inactive — a new
 * `success` status adds `inactive` to the earlier successful deployments of the same environment
 * unless it is a production or transient environment. Workflow runs can be registered as running
 * or completed for `actions/get-workflow-run`. Every object served has the fields the OpenAPI
 * schema requires (the fake validates its own answers).
 */
import type { FakeGitHub, FakeReply, FakeRequest } from './fake-github';
import { basicError, GITHUB_ACTIONS_BOT, isoSeconds, simpleUser, workflowRun, type FakeUser } from './github-payloads';

type Json = Record<string, unknown>;

export interface StoredStatus extends Json {
  id: number;
  state: string;
  description: string;
  created_at: string;
}

export interface StoredDeployment extends Json {
  id: number;
  sha: string;
  environment: string;
  payload: unknown;
  creator: Json;
  production_environment: boolean;
  transient_environment: boolean;
  statuses: StoredStatus[];
}

export class FakeDeployments {
  readonly deployments: StoredDeployment[] = [];
  private readonly runs = new Map<number, 'queued' | 'in_progress' | 'completed'>();
  private nextId = 2_000_000_001;
  private nextStatusId = 3_000_000_001;
  private clockMs = Date.parse('2026-12-01T10:00:00Z');

  constructor(
    private readonly fake: FakeGitHub,
    private readonly owner: string,
    private readonly repo: string,
    /** Whom the token acts as (the creator of what it writes). */
    private readonly user: FakeUser = GITHUB_ACTIONS_BOT,
  ) {
    fake.handle('repos/create-deployment', (r) => this.create(r));
    fake.handle('repos/list-deployments', (r) => this.list(r));
    fake.handle('repos/get-deployment', (r) => this.get(r));
    fake.handle('repos/create-deployment-status', (r) => this.createStatus(r));
    fake.handle('repos/list-deployment-statuses', (r) => this.listStatuses(r));
    fake.handle('actions/get-workflow-run', (r) => this.getRun(r));
  }

  /** A deployment made by someone else (or by us, in an earlier run), with its statuses oldest first. */
  seed(d: { sha: string; environment: string; payload: unknown; states?: string[]; user?: FakeUser; description?: string }): StoredDeployment {
    const deployment = this.store(
      { sha: d.sha, ref: d.sha, environment: d.environment, payload: d.payload, description: d.description ?? '' },
      d.user ?? this.user,
    );
    for (const state of d.states ?? []) this.addStatus(deployment, { state, description: `seeded ${state}` }, d.user ?? this.user);
    return deployment;
  }

  /** A status on a deployment, written by `user` (default: the token's user), e.g. a success someone else forged. */
  seedStatus(d: StoredDeployment, state: string, user: FakeUser = this.user, description = `seeded ${state}`): StoredStatus {
    return this.addStatus(d, { state, description }, user);
  }

  /** Moves the fake's clock (the created_at of what it stores next) to `iso`. */
  setClock(iso: string): void {
    this.clockMs = Date.parse(iso) - 1000;
  }

  setRun(id: number, status: 'queued' | 'in_progress' | 'completed'): void {
    this.runs.set(id, status);
  }

  /** The states of a deployment, oldest first. */
  states(id: number): string[] {
    return this.find(id)?.statuses.map((s) => s.state) ?? [];
  }

  private get apiUrl(): string {
    return this.fake.url;
  }

  private tick(): string {
    this.clockMs += 1000;
    return isoSeconds(new Date(this.clockMs));
  }

  private repoUrl(): string {
    return `${this.apiUrl}/repos/${this.owner}/${this.repo}`;
  }

  private store(
    body: { sha: string; ref: string; environment: string; payload: unknown; description: string; task?: string; production?: boolean; transient?: boolean },
    user: FakeUser,
  ): StoredDeployment {
    const id = this.nextId++;
    const now = this.tick();
    const url = `${this.repoUrl()}/deployments/${id}`;
    const deployment: StoredDeployment = {
      url,
      id,
      node_id: Buffer.from(`Deployment${id}`).toString('base64'),
      sha: body.sha,
      ref: body.ref,
      task: body.task ?? 'deploy',
      payload: body.payload ?? {},
      original_environment: body.environment,
      environment: body.environment,
      description: body.description,
      creator: simpleUser(user, this.apiUrl),
      created_at: now,
      updated_at: now,
      statuses_url: `${url}/statuses`,
      repository_url: this.repoUrl(),
      transient_environment: body.transient ?? false,
      production_environment: body.production ?? body.environment === 'production',
      performed_via_github_app: null,
      statuses: [],
    };
    this.deployments.push(deployment);
    return deployment;
  }

  private served(d: StoredDeployment): Json {
    const { statuses: _statuses, ...rest } = d;
    return rest;
  }

  private find(id: number): StoredDeployment | undefined {
    return this.deployments.find((d) => d.id === id);
  }

  private checkRepo(r: FakeRequest): FakeReply | undefined {
    if (r.params.owner !== this.owner || r.params.repo !== this.repo) return { status: 404, body: basicError(404, 'Not Found') };
    return undefined;
  }

  private create(r: FakeRequest): FakeReply {
    const bad = this.checkRepo(r);
    if (bad) return bad;
    const body = r.body as {
      ref: string;
      environment?: string;
      payload?: unknown;
      description?: string | null;
      task?: string;
      production_environment?: boolean;
      transient_environment?: boolean;
      auto_merge?: boolean;
    };
    if (!/^[0-9a-f]{40}$/.test(body.ref)) return { status: 422, body: basicError(422, `No ref found for: ${body.ref}`) };
    const payload = typeof body.payload === 'string' ? (body.payload ? (JSON.parse(body.payload) as unknown) : {}) : (body.payload ?? {});
    const d = this.store(
      {
        sha: body.ref,
        ref: body.ref,
        environment: body.environment ?? 'production',
        payload,
        description: body.description ?? '',
        task: body.task,
        production: body.production_environment,
        transient: body.transient_environment,
      },
      this.user,
    );
    return { status: 201, body: this.served(d) };
  }

  private list(r: FakeRequest): FakeReply {
    const bad = this.checkRepo(r);
    if (bad) return bad;
    const q = r.query as { environment?: string; sha?: string; ref?: string; task?: string; per_page?: number; page?: number };
    const matching = [...this.deployments]
      .reverse()
      .filter(
        (d) =>
          (q.environment === undefined || d.environment === q.environment) &&
          (q.sha === undefined || d.sha === q.sha) &&
          (q.task === undefined || d.task === q.task),
      );
    const perPage = q.per_page ?? 30;
    const page = q.page ?? 1;
    return { status: 200, body: matching.slice((page - 1) * perPage, page * perPage).map((d) => this.served(d)) };
  }

  private get(r: FakeRequest): FakeReply {
    const bad = this.checkRepo(r);
    if (bad) return bad;
    const d = this.find(Number(r.params.deployment_id));
    return d ? { status: 200, body: this.served(d) } : { status: 404, body: basicError(404, 'Not Found') };
  }

  private createStatus(r: FakeRequest): FakeReply {
    const bad = this.checkRepo(r);
    if (bad) return bad;
    const d = this.find(Number(r.params.deployment_id));
    if (!d) return { status: 404, body: basicError(404, 'Not Found') };
    const body = r.body as { state: string; description?: string; environment_url?: string; log_url?: string; auto_inactive?: boolean };
    if ((body.description ?? '').length > 140) return { status: 422, body: basicError(422, 'description is too long (maximum is 140 characters)') };
    const status = this.addStatus(d, body, this.user);
    if (body.state === 'success' && body.auto_inactive !== false) {
      for (const other of this.deployments) {
        if (other === d || other.environment !== d.environment || other.production_environment || other.transient_environment) continue;
        if (other.statuses.at(-1)?.state === 'success') this.addStatus(other, { state: 'inactive', description: '' }, this.user);
      }
    }
    return { status: 201, body: status };
  }

  private addStatus(
    d: StoredDeployment,
    body: { state: string; description?: string; environment_url?: string; log_url?: string },
    user: FakeUser,
  ): StoredStatus {
    const id = this.nextStatusId++;
    const now = this.tick();
    const status: StoredStatus = {
      url: `${d.url}/statuses/${id}`,
      id,
      node_id: Buffer.from(`DeploymentStatus${id}`).toString('base64'),
      state: body.state,
      creator: simpleUser(user, this.apiUrl),
      description: body.description ?? '',
      environment: d.environment,
      target_url: body.log_url ?? '',
      created_at: now,
      updated_at: now,
      deployment_url: d.url,
      repository_url: this.repoUrl(),
      environment_url: body.environment_url ?? '',
      log_url: body.log_url ?? '',
      performed_via_github_app: null,
    };
    d.statuses.push(status);
    d.updated_at = now;
    return status;
  }

  private listStatuses(r: FakeRequest): FakeReply {
    const bad = this.checkRepo(r);
    if (bad) return bad;
    const d = this.find(Number(r.params.deployment_id));
    if (!d) return { status: 404, body: basicError(404, 'Not Found') };
    const q = r.query as { per_page?: number; page?: number };
    const perPage = q.per_page ?? 30;
    const page = q.page ?? 1;
    return { status: 200, body: [...d.statuses].reverse().slice((page - 1) * perPage, page * perPage) };
  }

  private getRun(r: FakeRequest): FakeReply {
    const bad = this.checkRepo(r);
    if (bad) return bad;
    const id = Number(r.params.run_id);
    const status = this.runs.get(id);
    if (!status) return { status: 404, body: basicError(404, 'Not Found') };
    return { status: 200, body: workflowRun({ apiUrl: this.apiUrl, owner: this.owner, repo: this.repo, id, status }) };
  }
}
