/**
 * The in-memory GitHub behind the fake server: repositories, pull requests and issue comments,
 * and the built-in operation handlers that serve them as GitHub does (404 for what does not
 * exist, 403 for writes with a read-only token, pagination with per_page/page and a Link header).
 */
import type { FakeReply, FakeRequest, OperationHandler } from './fake-github';
import {
  basicError,
  fullRepository,
  isoSeconds,
  issueComment,
  publicUser,
  pullRequest,
  simpleUser,
  validationFailed,
  faults,
  type FakeUser,
  type PullRequestInput,
  type RepositoryPermissions,
} from './github-payloads';
import { executeGraphql } from './github-graphql';
import { schemaProblems } from './github-openapi';

/** Thrown by handlers to answer with an error reply. */
export class FakeReplyError extends Error {
  constructor(readonly reply: FakeReply) {
    super(`fake GitHub replies ${reply.status}`);
  }
}

/** An `issue-comment` as stored and served. */
export interface StoredComment extends Record<string, unknown> {
  id: number;
  body: string;
  user: { login: string; id: number; type: string };
  created_at: string;
  updated_at: string;
}

interface IssueState {
  number: number;
  pullRequest?: Record<string, unknown>;
  comments: StoredComment[];
}

interface RepoState {
  owner: string;
  name: string;
  id: number;
  isReadOnly: boolean;
  isPrivate: boolean;
  permissions?: RepositoryPermissions;
  issues: Map<number, IssueState>;
}

export interface SeedRepository {
  owner: string;
  repo: string;
  /** The token may read but not write (GITHUB_TOKEN of a pull request from a fork): writes get 403. */
  isReadOnly?: boolean;
  isPrivate?: boolean;
  /** Served by `GET /repos/{owner}/{repo}` when given (the token's permissions on the repository). */
  permissions?: RepositoryPermissions;
}

/** A pull request to seed: what `pullRequest()` builds, without the API URL the fake server knows. */
export type SeedPullRequest = Omit<PullRequestInput, 'apiUrl'>;

export interface SeedComment {
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  /** Default: the token's user. */
  user?: FakeUser;
  authorAssociation?: string;
  createdAt?: Date;
}

const MAX_COMMENT_LENGTH = 65536;
const notFound = (): FakeReplyError => new FakeReplyError({ status: 404, body: basicError(404, 'Not Found') });

export class GitHubState {
  private readonly repos = new Map<string, RepoState>();
  private nextRepoId = 700_000_001;
  private nextCommentId = 1_000_000_001;

  constructor(private readonly context: { apiUrl: () => string; user: FakeUser; now: () => Date }) {}

  seedRepository(seed: SeedRepository): void {
    this.repos.set(repoKey(seed.owner, seed.repo), {
      owner: seed.owner,
      name: seed.repo,
      id: this.nextRepoId++,
      isReadOnly: seed.isReadOnly ?? false,
      isPrivate: seed.isPrivate ?? false,
      permissions: seed.permissions,
      issues: this.repos.get(repoKey(seed.owner, seed.repo))?.issues ?? new Map(),
    });
  }

  /** Seeds an open pull request (and its repository when new); returns the `pull-request` served for it. */
  seedPullRequest(seed: SeedPullRequest): Record<string, unknown> {
    if (!this.repos.has(repoKey(seed.owner, seed.repo))) this.seedRepository({ owner: seed.owner, repo: seed.repo });
    const pr = pullRequest({ ...seed, apiUrl: this.context.apiUrl() });
    const problems = schemaProblems('pull-request', pr);
    if (problems.length > 0) throw new Error(`seeded pull request is not a valid pull-request: ${problems.join('; ')}`);
    this.repo(seed.owner, seed.repo).issues.set(seed.number, { number: seed.number, pullRequest: pr, comments: [] });
    return pr;
  }

  /** Adds a comment as if someone (default: the token's user) had posted it. */
  seedComment(seed: SeedComment): StoredComment {
    const issue = this.issue(this.repo(seed.owner, seed.repo), seed.issueNumber);
    const user = seed.user ?? this.context.user;
    return this.addComment(
      seed.owner,
      seed.repo,
      issue,
      seed.body,
      user,
      seed.authorAssociation ?? (user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR'),
      seed.createdAt,
    );
  }

  /** The comments of an issue or pull request, oldest first. */
  comments(owner: string, repo: string, issueNumber: number): StoredComment[] {
    return this.issue(this.repo(owner, repo), issueNumber).comments.map((c) => ({ ...c }));
  }

  /** Registers the built-in operations. */
  registerHandlers(fake: { handle(operationId: string, handler: OperationHandler): void }): void {
    fake.handle('issues/list-comments', (r) => this.listComments(r));
    fake.handle('issues/create-comment', (r) => this.createComment(r));
    fake.handle('issues/get-comment', (r) => ({ status: 200, body: this.findComment(r).comment }));
    fake.handle('issues/update-comment', (r) => this.updateComment(r));
    fake.handle('issues/delete-comment', (r) => this.deleteComment(r));
    fake.handle('pulls/get', (r) => this.getPullRequest(r));
    fake.handle('repos/get', (r) => this.getRepository(r));
    fake.handle('users/get-authenticated', () => this.getAuthenticatedUser());
    fake.handle('graphql', (r) => this.graphql(r));
  }

  private repo(owner: unknown, name: unknown): RepoState {
    const repo = this.repos.get(repoKey(String(owner), String(name)));
    if (!repo) throw notFound();
    return repo;
  }

  private issue(repo: RepoState, number: unknown): IssueState {
    const issue = repo.issues.get(Number(number));
    if (!issue) throw notFound();
    return issue;
  }

  private writable(request: FakeRequest): RepoState {
    const repo = this.repo(request.params.owner, request.params.repo);
    if (repo.isReadOnly) throw new FakeReplyError(faults.notAccessibleByIntegration());
    return repo;
  }

  private addComment(owner: string, repo: string, issue: IssueState, body: string, user: FakeUser, authorAssociation: string, createdAt?: Date): StoredComment {
    const at = isoSeconds(createdAt ?? this.context.now());
    const comment = issueComment({
      apiUrl: this.context.apiUrl(),
      owner,
      repo,
      issueNumber: issue.number,
      isPullRequest: issue.pullRequest !== undefined,
      id: this.nextCommentId++,
      body,
      user,
      authorAssociation,
      createdAt: at,
      updatedAt: at,
    }) as StoredComment;
    issue.comments.push(comment);
    return comment;
  }

  private findComment(request: FakeRequest): { issue: IssueState; comment: StoredComment } {
    const repo = this.repo(request.params.owner, request.params.repo);
    for (const issue of repo.issues.values()) {
      const comment = issue.comments.find((c) => c.id === request.params.comment_id);
      if (comment) return { issue, comment };
    }
    throw notFound();
  }

  private listComments(request: FakeRequest): FakeReply {
    const issue = this.issue(this.repo(request.params.owner, request.params.repo), request.params.issue_number);
    const since = typeof request.query.since === 'string' ? Date.parse(request.query.since) : undefined;
    const items = since === undefined ? issue.comments : issue.comments.filter((c) => Date.parse(c.updated_at) >= since);
    return paginate(request, items);
  }

  private createComment(request: FakeRequest): FakeReply {
    const repo = this.writable(request);
    const issue = this.issue(repo, request.params.issue_number);
    const body = (request.body as { body: string }).body;
    tooLong(body);
    const comment = this.addComment(repo.owner, repo.name, issue, body, this.context.user, this.context.user.type === 'Bot' ? 'NONE' : 'OWNER');
    return { status: 201, headers: { location: String(comment.url) }, body: comment };
  }

  private updateComment(request: FakeRequest): FakeReply {
    this.writable(request);
    const { comment } = this.findComment(request);
    const body = (request.body as { body: string }).body;
    tooLong(body);
    comment.body = body;
    comment.updated_at = isoSeconds(this.context.now());
    return { status: 200, body: comment };
  }

  private deleteComment(request: FakeRequest): FakeReply {
    this.writable(request);
    const { issue, comment } = this.findComment(request);
    issue.comments.splice(issue.comments.indexOf(comment), 1);
    return { status: 204 };
  }

  private getPullRequest(request: FakeRequest): FakeReply {
    const issue = this.issue(this.repo(request.params.owner, request.params.repo), request.params.pull_number);
    if (!issue.pullRequest) throw notFound();
    return { status: 200, body: { ...issue.pullRequest, comments: issue.comments.length } };
  }

  private getRepository(request: FakeRequest): FakeReply {
    const repo = this.repo(request.params.owner, request.params.repo);
    return {
      status: 200,
      body: fullRepository({
        apiUrl: this.context.apiUrl(),
        owner: repo.owner,
        repo: repo.name,
        id: repo.id,
        isPrivate: repo.isPrivate,
        permissions: repo.permissions,
      }),
    };
  }

  /** GraphQL: the query runs against the token's user as `viewer` (for installation tokens too, unlike GET /user). */
  private async graphql(request: FakeRequest): Promise<FakeReply> {
    if (!request.graphql) throw new Error('graphql handler without a parsed query');
    const user = this.context.user;
    const viewer = {
      __typename: 'User',
      login: user.login,
      databaseId: user.id,
      id: simpleUser(user, this.context.apiUrl()).node_id,
      name: null,
      url: `https://github.com/${user.login}`,
    };
    const body = await executeGraphql(request.graphql, { viewer });
    // An error here is data the fake does not hold (GitHub would have answered): say so.
    if (body.errors) throw new Error(`the fake cannot answer this query: ${JSON.stringify(body.errors)}`);
    return { status: 200, body };
  }

  /** Installation tokens (GITHUB_TOKEN, apps) may not ask who they are. */
  private getAuthenticatedUser(): FakeReply {
    if (this.context.user.type === 'Bot') return faults.notAccessibleByIntegration();
    return { status: 200, body: publicUser(this.context.user, this.context.apiUrl()) };
  }
}

function repoKey(owner: string, repo: string): string {
  return `${owner}/${repo}`.toLowerCase(); // GitHub's names are not case sensitive.
}

function tooLong(body: string): void {
  if (body.length > MAX_COMMENT_LENGTH) {
    throw new FakeReplyError({
      status: 422,
      body: validationFailed([
        { resource: 'IssueComment', field: 'body', code: 'custom', message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)` },
      ]),
    });
  }
}

/** One page of `items` (per_page default 30, at most 100; page from 1) with GitHub's Link header. */
export function paginate<T>(request: FakeRequest, items: T[]): FakeReply {
  const perPage = Math.min(Math.max(Number(request.query.per_page ?? 30) || 30, 1), 100);
  const page = Math.max(Number(request.query.page ?? 1) || 1, 1);
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (p: number, rel: string): string => {
    const url = new URL(request.url);
    url.searchParams.set('page', String(p));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, lastPage), 'prev'));
  if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { status: 200, headers: links.length > 0 ? { link: links.join(', ') } : {}, body: items.slice((page - 1) * perPage, page * perPage) };
}
