/**
 * GitHub environments in the fake GitHub (fake-github.ts): get, list and create-or-update an
 * environment (its protection rules as GitHub answers them: wait_timer, required_reviewers with the
 * full user or team, branch_policy), its deployment branch and tag policies (list, create, delete;
 * 303 for a pattern it has, 404 unless the environment deploys from selected branches), its custom
 * protection rules, and the users and teams reviewers are looked up by. Every object served has the
 * fields the OpenAPI schema requires (the fake validates its own answers).
 *
 * GitHub-like rules: a PUT creates the environment or changes only the fields it carries; reviewers
 * must be known users or teams (else 422), at most 6; leaving selected branches drops the patterns.
 * GitHub also answers `can_admins_bypass` with the environment (not in its OpenAPI description).
 *
 * For gate tests: `seed(name, {...})` puts an environment in place, `denyReads()` / `denyWrites()`
 * make the token lack the permission (403 as GitHub sends it).
 */
import type { FakeGitHub, FakeReply, FakeRequest } from './fake-github';
import { githubSpec } from './github-openapi';
import { basicError, isoSeconds, publicUser, simpleUser, validationFailed, type FakeUser } from './github-payloads';

type Json = Record<string, unknown>;

export interface FakeTeam {
  org: string;
  slug: string;
  id: number;
}

export type FakeBranchPolicy = 'all' | 'protected' | { branches?: string[]; tags?: string[] };

/** An environment to put in place: reviewers by login or org/team-slug (added as users or teams when unknown). */
export interface EnvironmentSeed {
  reviewers?: string[];
  preventSelfReview?: boolean;
  /** Minutes. */
  waitTimer?: number;
  canAdminsBypass?: boolean;
  branchPolicy?: FakeBranchPolicy;
  /** Slugs of apps with an enabled custom deployment protection rule. */
  customRules?: string[];
}

export interface StoredPolicy {
  id: number;
  node_id: string;
  name: string;
  type: 'branch' | 'tag';
}

export interface StoredEnvironment {
  id: number;
  name: string;
  createdAt: string;
  updatedAt: string;
  waitTimer: number;
  preventSelfReview: boolean;
  reviewers: { type: 'User' | 'Team'; id: number }[];
  canAdminsBypass: boolean;
  branchPolicy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  policies: StoredPolicy[];
  customRules: string[];
}

const READS = ['repos/get-environment', 'repos/get-all-environments', 'repos/list-deployment-branch-policies', 'repos/get-all-deployment-protection-rules'];
const WRITES = ['repos/create-or-update-environment', 'repos/create-deployment-branch-policy', 'repos/delete-deployment-branch-policy'];

export class FakeEnvironments {
  readonly environments = new Map<string, StoredEnvironment>();
  readonly users = new Map<string, FakeUser>();
  readonly teams = new Map<string, FakeTeam>();
  private nextId = 161_000_001;
  private clockMs = Date.parse('2026-11-02T09:00:00Z');

  constructor(
    private readonly fake: FakeGitHub,
    private readonly owner: string,
    private readonly repo: string,
  ) {
    fake.handle('repos/get-environment', (r) => this.get(r));
    fake.handle('repos/get-all-environments', (r) => this.list(r));
    fake.handle('repos/create-or-update-environment', (r) => this.put(r));
    fake.handle('repos/list-deployment-branch-policies', (r) => this.listPolicies(r));
    fake.handle('repos/create-deployment-branch-policy', (r) => this.createPolicy(r));
    fake.handle('repos/delete-deployment-branch-policy', (r) => this.deletePolicy(r));
    fake.handle('repos/get-all-deployment-protection-rules', (r) => this.customRules(r));
    fake.handle('users/get-by-username', (r) => this.getUser(r));
    fake.handle('teams/get-by-name', (r) => this.getTeam(r));
  }

  addUser(login: string, id = this.nextId++): FakeUser {
    const user: FakeUser = { login, id, type: 'User' };
    this.users.set(login.toLowerCase(), user);
    return user;
  }

  /** A team of an organization, written org/team-slug. */
  addTeam(orgSlash: string, id = this.nextId++): FakeTeam {
    const [org, slug] = orgSlash.split('/');
    const team = { org, slug, id };
    this.teams.set(orgSlash.toLowerCase(), team);
    return team;
  }

  seed(name: string, seed: EnvironmentSeed = {}): StoredEnvironment {
    const policy = seed.branchPolicy ?? 'all';
    const now = this.tick();
    const env: StoredEnvironment = {
      id: this.nextId++,
      name,
      createdAt: now,
      updatedAt: now,
      waitTimer: seed.waitTimer ?? 0,
      preventSelfReview: seed.preventSelfReview ?? false,
      reviewers: (seed.reviewers ?? []).map((r) =>
        r.includes('/')
          ? { type: 'Team' as const, id: (this.teams.get(r.toLowerCase()) ?? this.addTeam(r)).id }
          : { type: 'User' as const, id: (this.users.get(r.toLowerCase()) ?? this.addUser(r)).id },
      ),
      canAdminsBypass: seed.canAdminsBypass ?? true,
      branchPolicy: policy === 'all' ? null : { protected_branches: policy === 'protected', custom_branch_policies: policy !== 'protected' },
      policies: [],
      customRules: seed.customRules ?? [],
    };
    if (typeof policy === 'object') {
      for (const name of policy.branches ?? []) env.policies.push(this.policy(name, 'branch'));
      for (const name of policy.tags ?? []) env.policies.push(this.policy(name, 'tag'));
    }
    this.environments.set(name.toLowerCase(), env);
    return env;
  }

  /** The stored environment (or undefined), for assertions. */
  environment(name: string): StoredEnvironment | undefined {
    return this.environments.get(name.toLowerCase());
  }

  /** The patterns of an environment as `branch:main`, `tag:v*`, sorted. */
  patterns(name: string): string[] {
    return (this.environment(name)?.policies ?? []).map((p) => `${p.type}:${p.name}`).sort();
  }

  /** Reading environments, their branch policies and rules answers 403 from now on (the token lacks Actions: read). */
  denyReads(times = 1000): void {
    this.fake.failNext((r) => READS.includes(r.operationId), { ...forbidden(), times });
  }

  /** Writing answers 403 from now on: the token lacks Administration: write (GITHUB_TOKEN's answer). */
  denyWrites(times = 1000, match: (r: FakeRequest) => boolean = (r) => WRITES.includes(r.operationId)): void {
    this.fake.failNext(match, { ...forbidden(), times });
  }

  private tick(): string {
    this.clockMs += 1000;
    return isoSeconds(new Date(this.clockMs));
  }

  private policy(name: string, type: 'branch' | 'tag'): StoredPolicy {
    const id = this.nextId++;
    return { id, node_id: Buffer.from(`GateBranchPolicy${id}`).toString('base64'), name, type };
  }

  private checkRepo(r: FakeRequest): FakeReply | undefined {
    return r.params.owner === this.owner && r.params.repo === this.repo ? undefined : { status: 404, body: basicError(404, 'Not Found') };
  }

  private find(r: FakeRequest): StoredEnvironment | undefined {
    return this.environments.get(String(r.params.environment_name).toLowerCase());
  }

  private served(env: StoredEnvironment): Json {
    const api = `${this.fake.url}/repos/${this.owner}/${this.repo}`;
    const rules: Json[] = [];
    const ruleId = (n: number): Json => ({ id: env.id * 10 + n, node_id: Buffer.from(`Gate${env.id * 10 + n}`).toString('base64') });
    if (env.waitTimer > 0) rules.push({ ...ruleId(1), type: 'wait_timer', wait_timer: env.waitTimer });
    if (env.reviewers.length > 0)
      rules.push({
        ...ruleId(2),
        type: 'required_reviewers',
        prevent_self_review: env.preventSelfReview,
        reviewers: env.reviewers.map((r) => ({ type: r.type, reviewer: r.type === 'User' ? this.userJson(r.id) : this.teamJson(r.id) })),
      });
    if (env.branchPolicy) rules.push({ ...ruleId(3), type: 'branch_policy' });
    return {
      id: env.id,
      node_id: Buffer.from(`Environment${env.id}`).toString('base64'),
      name: env.name,
      url: `${api}/environments/${encodeURIComponent(env.name)}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`,
      created_at: env.createdAt,
      updated_at: env.updatedAt,
      can_admins_bypass: env.canAdminsBypass,
      protection_rules: rules,
      deployment_branch_policy: env.branchPolicy,
    };
  }

  private userJson(id: number): Json {
    const user = [...this.users.values()].find((u) => u.id === id)!;
    return simpleUser(user, this.fake.url);
  }

  /** A `team-full` from the spec's example (which lacks `type` and the organization's `archived_at`), for this team. */
  private teamJson(id: number): Json {
    const team = [...this.teams.values()].find((t) => t.id === id)!;
    const example = structuredClone((githubSpec.components.examples['team-full'] as { value: Json }).value);
    return {
      ...example,
      id: team.id,
      node_id: Buffer.from(`04:Team${team.id}`).toString('base64'),
      url: `${this.fake.url}/organizations/1/team/${team.id}`,
      html_url: `https://github.com/orgs/${team.org}/teams/${team.slug}`,
      name: team.slug,
      slug: team.slug,
      type: 'organization',
      members_url: `${this.fake.url}/organizations/1/team/${team.id}/members{/member}`,
      repositories_url: `${this.fake.url}/organizations/1/team/${team.id}/repos`,
      organization: { ...(example.organization as Json), login: team.org, name: team.org, archived_at: null },
    };
  }

  private get(r: FakeRequest): FakeReply {
    const env = this.checkRepo(r) ? undefined : this.find(r);
    return env ? { status: 200, body: this.served(env) } : { status: 404, body: basicError(404, 'Not Found') };
  }

  private list(r: FakeRequest): FakeReply {
    const bad = this.checkRepo(r);
    if (bad) return bad;
    const all = [...this.environments.values()].map((e) => this.served(e));
    return { status: 200, body: { total_count: all.length, environments: all } };
  }

  private put(r: FakeRequest): FakeReply {
    const bad = this.checkRepo(r);
    if (bad) return bad;
    const body = (r.body ?? {}) as {
      wait_timer?: number;
      prevent_self_review?: boolean;
      reviewers?: { type?: 'User' | 'Team'; id?: number }[] | null;
      deployment_branch_policy?: { protected_branches: boolean; custom_branch_policies: boolean } | null;
      can_admins_bypass?: boolean;
    };
    if (body.wait_timer !== undefined && (body.wait_timer < 0 || body.wait_timer > 43_200))
      return { status: 422, body: validationFailed([{ resource: 'Environment', field: 'wait_timer', code: 'invalid' }]) };
    const reviewers = body.reviewers ?? undefined;
    if (reviewers && reviewers.length > 6)
      return { status: 422, body: validationFailed([{ resource: 'Environment', field: 'reviewers', code: 'invalid', message: 'at most 6 reviewers' }]) };
    for (const reviewer of reviewers ?? []) {
      const known =
        reviewer.type === 'Team' ? [...this.teams.values()].some((t) => t.id === reviewer.id) : [...this.users.values()].some((u) => u.id === reviewer.id);
      if (!known) return { status: 422, body: validationFailed([{ resource: 'Environment', field: 'reviewers', code: 'invalid' }]) };
    }
    const policy = body.deployment_branch_policy;
    if (policy && policy.protected_branches === policy.custom_branch_policies)
      return { status: 422, body: validationFailed([{ resource: 'Environment', field: 'deployment_branch_policy', code: 'invalid' }]) };
    const name = String(r.params.environment_name);
    const env = this.find(r) ?? this.seed(name);
    if (body.wait_timer !== undefined) env.waitTimer = body.wait_timer;
    if (body.prevent_self_review !== undefined) env.preventSelfReview = body.prevent_self_review;
    if (reviewers) env.reviewers = reviewers.map((x) => ({ type: x.type ?? 'User', id: x.id ?? 0 }));
    if (body.can_admins_bypass !== undefined) env.canAdminsBypass = body.can_admins_bypass;
    if (policy !== undefined) {
      env.branchPolicy = policy;
      if (!policy?.custom_branch_policies) env.policies = [];
    }
    env.updatedAt = this.tick();
    return { status: 200, body: this.served(env) };
  }

  private listPolicies(r: FakeRequest): FakeReply {
    const env = this.checkRepo(r) ? undefined : this.find(r);
    if (!env) return { status: 404, body: basicError(404, 'Not Found') };
    const q = r.query as { per_page?: number; page?: number };
    const perPage = q.per_page ?? 30;
    const page = q.page ?? 1;
    return { status: 200, body: { total_count: env.policies.length, branch_policies: env.policies.slice((page - 1) * perPage, page * perPage) } };
  }

  private createPolicy(r: FakeRequest): FakeReply {
    const env = this.checkRepo(r) ? undefined : this.find(r);
    // GitHub documents this 404 without a body.
    if (!env?.branchPolicy?.custom_branch_policies) return { status: 404 };
    const body = r.body as { name: string; type?: 'branch' | 'tag' };
    const type = body.type ?? 'branch';
    if (env.policies.some((p) => p.name === body.name && p.type === type)) return { status: 303 };
    const policy = this.policy(body.name, type);
    env.policies.push(policy);
    return { status: 200, body: policy };
  }

  private deletePolicy(r: FakeRequest): FakeReply {
    const env = this.checkRepo(r) ? undefined : this.find(r);
    const at = env ? env.policies.findIndex((p) => p.id === Number(r.params.branch_policy_id)) : -1;
    if (!env || at < 0) return { status: 404, body: basicError(404, 'Not Found') };
    env.policies.splice(at, 1);
    return { status: 204 };
  }

  private customRules(r: FakeRequest): FakeReply {
    const env = this.checkRepo(r) ? undefined : this.find(r);
    if (!env) return { status: 404, body: basicError(404, 'Not Found') };
    const rules = env.customRules.map((slug, i) => ({
      id: env.id * 100 + i,
      node_id: Buffer.from(`DeploymentProtectionRule${env.id * 100 + i}`).toString('base64'),
      enabled: true,
      app: { id: 900 + i, node_id: Buffer.from(`App${900 + i}`).toString('base64'), slug, integration_url: `${this.fake.url}/apps/${slug}` },
    }));
    return { status: 200, body: { total_count: rules.length, custom_deployment_protection_rules: rules } };
  }

  private getUser(r: FakeRequest): FakeReply {
    const user = this.users.get(String(r.params.username).toLowerCase());
    return user ? { status: 200, body: publicUser(user, this.fake.url) } : { status: 404, body: basicError(404, 'Not Found') };
  }

  private getTeam(r: FakeRequest): FakeReply {
    const team = this.teams.get(`${String(r.params.org)}/${String(r.params.team_slug)}`.toLowerCase());
    return team ? { status: 200, body: this.teamJson(team.id) } : { status: 404, body: basicError(404, 'Not Found') };
  }
}

/** What GitHub answers a GITHUB_TOKEN (or a fine-grained token) that lacks the permission. */
function forbidden(): FakeReply {
  return { status: 403, body: basicError(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/deployments/environments') };
}
