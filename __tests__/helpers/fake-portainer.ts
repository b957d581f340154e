/**
 * A Portainer CE (2.x) on 127.0.0.1 for the calls the deploy driver makes, built from the handler
 * code's contract (docs: /work/shared/REAL-PEERS.md, "Portainer CE stacks API"), with its traps:
 *
 * - `X-API-Key` auth (401 `{message, details}` otherwise); every error is `{message, details}`;
 * - `PUT /api/stacks/{id}` needs `?endpointId=` (400 "Invalid query parameter: endpointId"),
 *   replaces Env as a whole (a body without Env wipes it) and detaches a Git stack from Git;
 * - `PUT /api/stacks/{id}/git/redeploy` without `endpointId` moves the stack to endpoint 0: 404;
 *   it deploys the head of the ref it is given, with the Env it is given; a stack with Git
 *   credentials needs `RepositoryAuthentication` (an empty password reuses the stored one);
 * - request bodies are decoded case-insensitively (Go), answers use Go's field names, or the
 *   swagger's camelCase with `camelCase: true`;
 * - the Docker proxy `GET /api/endpoints/{id}/docker/…` answers from FakeEngine, which plays the
 *   silent failures: Portainer says 200 to every deploy whatever its containers then do.
 *
 * `script(method, path, answer)` replaces the next answer to a request (an error, an echo, a hang).
 * Every request is recorded with its query and parsed body.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FakeEngine, type EnvPair, type ImageBehaviour } from './fake-portainer-engine';
import { startHttpServer, type HttpServer } from './hostile-http';

export interface FakeGitConfig {
  url: string;
  referenceName: string;
  configFilePath?: string;
  /** Credentials stored with the stack. */
  authentication?: { username: string; password: string };
}

export interface FakeStack {
  id: number;
  name: string;
  endpointId: number;
  /** 2 (compose) unless told. */
  type?: number;
  file: string;
  env: EnvPair[];
  git: (FakeGitConfig & { configHash: string }) | null;
  prune?: boolean;
  /** Set when a PUT detached the stack from Git. */
  detachedFromGit?: boolean;
}

export interface FakePortainerOptions {
  apiKey: string;
  /** Endpoint ids; an Edge endpoint applies a deploy after this many container lists. */
  endpoints: { id: number; edgeAppliesAfterPolls?: number }[];
  stacks: (Omit<FakeStack, 'git'> & { git?: FakeGitConfig })[];
  /** The Git repository of Git stacks: ref -> head commit and the Compose file there. */
  repository?: Record<string, { hash: string; file: string }>;
  images?: Record<string, ImageBehaviour>;
  camelCase?: boolean;
}

export interface SeenPortainerRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  apiKey: string | undefined;
}

export type ScriptedAnswer = { status: number; body?: unknown; headers?: Record<string, string> } | 'hang';
type Script = { method: string; path: RegExp; answer: (req: SeenPortainerRequest) => ScriptedAnswer };

export class FakePortainer {
  readonly requests: SeenPortainerRequest[] = [];
  readonly stacks: FakeStack[];
  readonly repository: Record<string, { hash: string; file: string }>;
  readonly engine: FakeEngine;
  private readonly scripts: Script[] = [];
  private server!: HttpServer;

  constructor(private readonly options: FakePortainerOptions) {
    this.repository = { ...options.repository };
    this.engine = new FakeEngine(
      options.images ?? {},
      new Map(options.endpoints.filter((e) => e.edgeAppliesAfterPolls !== undefined).map((e) => [e.id, e.edgeAppliesAfterPolls!])),
    );
    this.stacks = options.stacks.map((s) => {
      const head = s.git ? this.repository[s.git.referenceName] : undefined;
      return { ...s, env: [...s.env], git: s.git ? { ...s.git, configHash: head?.hash ?? '' } : null };
    });
    for (const s of this.stacks) this.engine.deploy(s.endpointId, s.name, s.file, s.env, true);
  }

  async start(): Promise<this> {
    this.server = await startHttpServer((req, res) => void this.handle(req, res));
    return this;
  }

  get url(): string {
    return this.server.origin;
  }

  close(): Promise<void> {
    return this.server.close();
  }

  stack(name: string): FakeStack {
    return this.stacks.find((s) => s.name === name)!;
  }

  /** The next request matching replaces its answer (`times` of them). */
  script(method: string, path: RegExp, answer: ScriptedAnswer | ((req: SeenPortainerRequest) => ScriptedAnswer), times = 1): void {
    for (let i = 0; i < times; i++) this.scripts.push({ method, path, answer: typeof answer === 'function' ? answer : () => answer });
  }

  /** Writes the driver made (PUT and POST), as `PUT /api/stacks/1?endpointId=1`. */
  writes(): string[] {
    return this.requests
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${r.path}${Object.keys(r.query).length ? `?${new URLSearchParams(r.query)}` : ''}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://x');
    const raw = Buffer.concat(chunks).toString('utf8');
    const key = req.headers['x-api-key'];
    const seen: SeenPortainerRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: raw ? (JSON.parse(raw) as unknown) : undefined,
      apiKey: typeof key === 'string' ? key : undefined,
    };
    this.requests.push(seen);
    const scripted = this.scripts.findIndex((s) => s.method === seen.method && s.path.test(seen.path));
    const answer = scripted >= 0 ? this.scripts.splice(scripted, 1)[0].answer(seen) : this.route(seen);
    if (answer === 'hang') return;
    const headers = { 'content-type': 'application/json', ...('headers' in answer ? answer.headers : {}) };
    res.writeHead(answer.status, headers).end(answer.body === undefined ? '' : JSON.stringify(answer.body));
  }

  private route(req: SeenPortainerRequest): ScriptedAnswer {
    if (req.apiKey !== this.options.apiKey) return fail(401, 'Unauthorized', 'A valid authorisation token is missing');
    const { method, path, query } = req;
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/api/stacks') {
      const filters = query.filters ? (JSON.parse(query.filters) as { EndpointID?: number }) : {};
      return ok(this.stacks.filter((s) => filters.EndpointID === undefined || s.endpointId === filters.EndpointID).map((s) => this.stackJson(s)));
    }
    if ((m = /^\/api\/stacks\/(\d+)(\/file|\/git\/redeploy)?$/.exec(path))) {
      const stack = this.stacks.find((s) => s.id === Number(m![1]));
      if (!stack) return fail(404, 'Unable to find a stack with the specified identifier inside the database', 'Object not found inside the database');
      if (method === 'GET' && !m[2]) return ok(this.stackJson(stack));
      if (method === 'GET' && m[2] === '/file') return ok(this.cased({ StackFileContent: stack.file }));
      if (method === 'PUT' && !m[2]) return this.update(stack, req);
      if (method === 'PUT' && m[2] === '/git/redeploy') return this.redeploy(stack, req);
    }
    if ((m = /^\/api\/endpoints\/(\d+)\/docker(\/.*)$/.exec(path))) return this.docker(Number(m[1]), m[2], query);
    return fail(404, 'Not found', `no route for ${method} ${path}`);
  }

  /** `PUT /api/stacks/{id}?endpointId=N`: the file and Env as sent (Env replaced wholesale); a Git stack is detached. */
  private update(stack: FakeStack, req: SeenPortainerRequest): { status: number; body?: unknown } {
    const endpoint = this.endpointOf(req);
    if (endpoint === undefined) return fail(400, 'Invalid query parameter: endpointId', 'missing query parameter');
    if (!this.options.endpoints.some((e) => e.id === endpoint))
      return fail(404, 'Unable to find the environment associated to the stack inside the database', 'Object not found inside the database');
    const content = field(req.body, 'StackFileContent');
    if (typeof content !== 'string' || content.trim() === '') return fail(400, 'Invalid request payload', 'Invalid stack file content');
    stack.endpointId = endpoint;
    stack.file = content;
    stack.env = envOf(field(req.body, 'Env'));
    if (stack.git) {
      stack.git = null;
      stack.detachedFromGit = true;
    }
    this.engine.deploy(endpoint, stack.name, stack.file, stack.env);
    return ok(this.stackJson(stack));
  }

  /** `PUT /api/stacks/{id}/git/redeploy`: the head of the given ref, with the given Env. */
  private redeploy(stack: FakeStack, req: SeenPortainerRequest): { status: number; body?: unknown } {
    if (!stack.git) return fail(400, 'Stack is not created from git', 'Stack is not created from git');
    // endpointId is optional to the handler: without it the stack's endpoint becomes 0, which does not exist.
    const endpoint = this.endpointOf(req) ?? 0;
    if (!this.options.endpoints.some((e) => e.id === endpoint))
      return fail(404, 'Unable to find the environment associated to the stack inside the database', 'Object not found inside the database');
    const ref = String(field(req.body, 'RepositoryReferenceName') || 'refs/heads/main');
    const password =
      field(req.body, 'RepositoryAuthentication') === true ? String(field(req.body, 'RepositoryPassword') || stack.git.authentication?.password || '') : '';
    if (stack.git.authentication && password !== stack.git.authentication.password)
      return fail(500, 'Unable to clone git repository', 'authentication required');
    const head = this.repository[ref];
    if (!head) return fail(500, 'Unable to clone git repository', `couldn't find remote ref ${ref}`);
    stack.git.referenceName = ref;
    stack.git.configHash = head.hash;
    stack.env = envOf(field(req.body, 'Env'));
    stack.file = head.file;
    this.engine.deploy(endpoint, stack.name, stack.file, stack.env);
    return ok(this.stackJson(stack));
  }

  private docker(endpoint: number, path: string, query: Record<string, string>): { status: number; body?: unknown } {
    if (!this.options.endpoints.some((e) => e.id === endpoint))
      return fail(404, 'Unable to find an environment with the specified identifier inside the database', 'Object not found inside the database');
    if (path === '/containers/json') return ok(this.engine.list(endpoint, query.all === '1' ? (query.filters ?? null) : null));
    let m: RegExpExecArray | null;
    if ((m = /^\/containers\/([^/]+)\/json$/.exec(path))) {
      const found = this.engine.inspect(endpoint, m[1]);
      return found ? ok(found) : { status: 404, body: { message: `No such container: ${m[1]}` } };
    }
    if ((m = /^\/images\/([^/]+)\/json$/.exec(path))) {
      const found = this.engine.inspectImage(endpoint, decodeURIComponent(m[1]));
      return found ? ok(found) : { status: 404, body: { message: `No such image: ${m[1]}` } };
    }
    return { status: 404, body: { message: 'page not found' } };
  }

  private endpointOf(req: SeenPortainerRequest): number | undefined {
    const raw = Object.entries(req.query).find(([k]) => k === 'endpointId')?.[1];
    return raw === undefined || !/^\d+$/.test(raw) ? undefined : Number(raw);
  }

  /** A stack as Go encodes portainer.Stack (the Git password blanked, as the handlers do). */
  private stackJson(s: FakeStack): unknown {
    return this.cased({
      Id: s.id,
      Name: s.name,
      Type: s.type ?? 2,
      EndpointId: s.endpointId,
      SwarmId: '',
      EntryPoint: 'docker-compose.yml',
      Env: s.env,
      ResourceControl: null,
      Status: 1,
      ProjectPath: `/data/compose/${s.id}`,
      CreationDate: 1_700_000_000,
      CreatedBy: 'admin',
      UpdateDate: 1_700_000_100,
      UpdatedBy: 'admin',
      AdditionalFiles: null,
      AutoUpdate: null,
      Option: s.prune === undefined ? null : { Prune: s.prune },
      GitConfig: s.git && {
        URL: s.git.url,
        ReferenceName: s.git.referenceName,
        ConfigFilePath: s.git.configFilePath ?? 'docker-compose.yml',
        Authentication: s.git.authentication ? { Username: s.git.authentication.username, Password: '', GitCredentialID: 0 } : null,
        ConfigHash: s.git.configHash,
        TLSSkipVerify: false,
      },
      FromAppTemplate: false,
      Namespace: '',
    });
  }

  /** The swagger's camelCase (`gitConfig`, `id`) when asked; Env pairs keep `name`/`value`. */
  private cased(value: Record<string, unknown>): unknown {
    if (!this.options.camelCase) return value;
    const lower = (v: unknown): unknown =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k[0].toLowerCase() + k.slice(1), lower(x)])) : v;
    return lower(value);
  }
}

const ok = (body: unknown) => ({ status: 200, body });
const fail = (status: number, message: string, details: string) => ({ status, body: { message, details } });

/** A key of a JSON body as Go's decoder finds it: case-insensitively. */
function field(body: unknown, name: string): unknown {
  if (!body || typeof body !== 'object') return undefined;
  const key = Object.keys(body).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : (body as Record<string, unknown>)[key];
}

function envOf(value: unknown): EnvPair[] {
  return Array.isArray(value) ? value.map((p: unknown) => ({ name: String(field(p, 'name') ?? ''), value: String(field(p, 'value') ?? '') })) : [];
}
