/**
 * Portainer's REST API (CE 2.x and BE) as the deploy driver uses it: the stacks of one endpoint and
 * that endpoint's Docker API through Portainer's proxy. Auth is the `X-API-Key` header.
 *
 * - Answers are parsed case-insensitively: Go emits the struct's field names (`Id`, `Env`,
 *   `GitConfig`), Portainer's swagger writes some in camelCase (`gitConfig`).
 * - Every failure is a PortainerApiError whose message says what was being done, the method, host and
 *   path, the status and Portainer's own `{message, details}`, and the likely fix. The API key never
 *   appears in it: it is only sent in a header, and anything the server echoes back is redacted, as
 *   are the stack's Env values (`hide`) in errors and health check output.
 */
import { isRecord } from '../../core/is-record';
import { redact as redactValues } from '../../core/smoke/template';
import { clip, type ContainerView } from './container-state';
import { describeTarget, HttpRequestError, requestJson, type HttpFailureKind, type RequestBounds } from './http';

export interface EnvPair {
  name: string;
  value: string;
}

export interface StackGitConfig {
  url: string;
  /** The ref Portainer deploys (`refs/heads/main`). */
  referenceName: string;
  configFilePath: string;
  /** The commit Portainer last deployed. */
  configHash: string;
  hasAuthentication: boolean;
  username: string;
}

export interface PortainerStack {
  id: number;
  name: string;
  /** 1 swarm, 2 compose (standalone), 3 kubernetes. */
  type: number;
  endpointId: number;
  env: EnvPair[];
  /** Set for a stack deployed from Git. */
  git?: StackGitConfig;
  prune: boolean;
}

export const COMPOSE_STACK = 2;

/** Characters of Portainer's own error message (and of its details) a failure quotes. */
const MAX_QUOTE_CHARS = 300;
/** As the run's redactor: the secret detectors report values of 8 characters or more. */
const MIN_HIDDEN_CHARS = 8;

/** One container of the endpoint as `GET /containers/json` lists it. */
export interface ContainerSummary {
  id: string;
  service: string;
  /** Made by `docker compose run`: not part of the deployed stack. */
  isOneOff: boolean;
}

/** What `GET /containers/{id}/json` says of a container. */
export interface ContainerState extends ContainerView {
  id: string;
  /** The image id (`sha256:…`). */
  imageId: string;
}

/** A Portainer call that did not succeed; `status` is undefined when no answer came. */
export class PortainerApiError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly kind?: HttpFailureKind,
  ) {
    super(message);
    this.name = 'PortainerApiError';
  }
}

export class PortainerClient {
  private readonly base: string;
  /** What never appears in a message: the API key, and the values `hide` was given. */
  private hidden: string[];

  constructor(
    url: string,
    readonly endpoint: number,
    private readonly apiKey: string,
    private readonly bounds: RequestBounds,
  ) {
    this.base = url.replace(/\/+$/, '');
    this.hidden = apiKey.length >= 4 ? [apiKey] : [];
  }

  /**
   * Values (the stack's Env) that Portainer's errors and the health checks' output may quote: shown
   * as `***`. Shorter values than MIN_HIDDEN_CHARS are left: they would hide ordinary words and versions.
   */
  hide(values: Iterable<string>): void {
    this.hidden = [...this.hidden, ...[...values].filter((v) => v.length >= MIN_HIDDEN_CHARS)];
  }

  /** The stacks of the endpoint (Portainer filters them by `EndpointID`; the filter is applied again here). */
  async listStacks(): Promise<PortainerStack[]> {
    const filters = encodeURIComponent(JSON.stringify({ EndpointID: this.endpoint }));
    const list = await this.call(`list the stacks of endpoint ${this.endpoint}`, 'GET', `/stacks?filters=${filters}`);
    if (!Array.isArray(list)) throw this.unexpected(`list the stacks of endpoint ${this.endpoint}`, 'a list of stacks');
    return list.map(parseStack).filter((s): s is PortainerStack => s !== undefined && s.endpointId === this.endpoint);
  }

  async stackFile(stack: PortainerStack): Promise<string> {
    const operation = `read the Compose file of stack ${stack.name}`;
    const content = field(await this.call(operation, 'GET', `/stacks/${stack.id}/file`), 'StackFileContent');
    if (typeof content !== 'string') throw this.unexpected(operation, '{"StackFileContent": "…"}');
    return content;
  }

  /** `PUT /stacks/{id}`: a file stack gets a new Compose file and Env (Env is replaced as a whole). */
  async updateFileStack(stack: PortainerStack, stackFileContent: string, env: EnvPair[]): Promise<PortainerStack> {
    const operation = `update stack ${stack.name}`;
    const body = { StackFileContent: stackFileContent, Env: env, PullImage: true };
    return this.stackAnswer(operation, await this.call(operation, 'PUT', `/stacks/${stack.id}?endpointId=${this.endpoint}`, body));
  }

  /** `PUT /stacks/{id}/git/redeploy`: Portainer pulls `referenceName` and deploys it, synchronously. */
  async redeployGitStack(stack: PortainerStack & { git: StackGitConfig }, referenceName: string, env: EnvPair[]): Promise<PortainerStack> {
    const operation = `redeploy Git stack ${stack.name}`;
    const body = {
      RepositoryReferenceName: referenceName,
      // With authentication on and no password, Portainer uses the one it stores for the stack.
      RepositoryAuthentication: stack.git.hasAuthentication,
      RepositoryUsername: stack.git.hasAuthentication ? stack.git.username : '',
      RepositoryPassword: '',
      Env: env,
      Prune: stack.prune,
      PullImage: true,
    };
    return this.stackAnswer(operation, await this.call(operation, 'PUT', `/stacks/${stack.id}/git/redeploy?endpointId=${this.endpoint}`, body));
  }

  /** Containers of a Compose project on the endpoint, stopped ones included. */
  async listContainers(project: string, timeoutMs: number): Promise<ContainerSummary[]> {
    const operation = `list the containers of stack ${project}`;
    const filters = encodeURIComponent(JSON.stringify({ label: [`com.docker.compose.project=${project}`] }));
    const list = await this.call(operation, 'GET', `${this.docker}/containers/json?all=1&filters=${filters}`, undefined, timeoutMs);
    if (!Array.isArray(list)) throw this.unexpected(operation, 'a list of containers');
    return list.map((c) => {
      const labels = field(c, 'Labels');
      const label = (name: string): string => (isRecord(labels) && typeof labels[name] === 'string' ? labels[name] : '');
      return { id: text(field(c, 'Id')), service: label('com.docker.compose.service'), isOneOff: /^true$/i.test(label('com.docker.compose.oneoff')) };
    });
  }

  async inspectContainer(id: string, timeoutMs: number): Promise<ContainerState> {
    const answer = await this.call(
      `inspect container ${id.slice(0, 12)}`,
      'GET',
      `${this.docker}/containers/${encodeURIComponent(id)}/json`,
      undefined,
      timeoutMs,
    );
    const state = field(answer, 'State');
    const health = field(state, 'Health');
    const log = field(health, 'Log');
    const last =
      Array.isArray(log) && log.length
        ? text(field(log[log.length - 1], 'Output'))
            .trim()
            .split('\n')
            .pop()
        : undefined;
    return {
      id,
      status: text(field(state, 'Status')),
      exitCode: Number(field(state, 'ExitCode') ?? 0),
      restartCount: Number(field(answer, 'RestartCount') ?? 0),
      health:
        isRecord(health) && text(field(health, 'Status'))
          ? { status: text(field(health, 'Status')), lastOutput: last ? this.redact(last) : undefined }
          : undefined,
      configImage: text(field(field(answer, 'Config'), 'Image')),
      imageId: text(field(answer, 'Image')),
    };
  }

  /** The registry digests of an image (`ghcr.io/acme/mcp@sha256:…`); empty for a local image. */
  async imageDigests(imageId: string, timeoutMs: number): Promise<string[]> {
    const answer = await this.call(`inspect image ${imageId}`, 'GET', `${this.docker}/images/${encodeURIComponent(imageId)}/json`, undefined, timeoutMs);
    const digests = field(answer, 'RepoDigests');
    return Array.isArray(digests) ? digests.filter((d): d is string => typeof d === 'string') : [];
  }

  private get docker(): string {
    return `/endpoints/${this.endpoint}/docker`;
  }

  private stackAnswer(operation: string, answer: unknown): PortainerStack {
    const stack = parseStack(answer);
    if (!stack) throw this.unexpected(operation, 'a stack');
    return stack;
  }

  private async call(operation: string, method: 'GET' | 'PUT', path: string, body?: unknown, timeoutMs?: number): Promise<unknown> {
    const url = `${this.base}/api${path}`;
    const target = describeTarget(method, url);
    let response;
    try {
      response = await requestJson(this.bounds, { method, url, headers: { 'X-API-Key': this.apiKey }, body, timeoutMs });
    } catch (e) {
      if (e instanceof HttpRequestError) throw new PortainerApiError(this.redact(`${operation}: ${e.message}`), undefined, e.kind);
      throw e;
    }
    const { status, json } = response;
    if (status >= 200 && status < 300) return json;
    const message = text(field(json, 'message'));
    const details = text(field(json, 'details'));
    const said = message
      ? `: "${clip(message, MAX_QUOTE_CHARS)}"${details && details !== message ? ` (${clip(details, MAX_QUOTE_CHARS)})` : ''}`
      : json === undefined
        ? `, not with Portainer's error JSON (${response.contentType || 'no content-type'})`
        : '';
    throw new PortainerApiError(this.redact(`${operation}: ${target} answered ${status}${said}${hintFor(status, this.endpoint)}`), status);
  }

  private unexpected(operation: string, expected: string): PortainerApiError {
    return new PortainerApiError(`${operation}: Portainer answered something other than ${expected}: is ${this.base} a Portainer server?`, undefined);
  }

  /** The API key and the hidden values, wherever a server echoed them, as `***`. */
  private redact(message: string): string {
    return redactValues(message, this.hidden);
  }
}

function hintFor(status: number, endpoint: number): string {
  if (status === 400) return ': Portainer refused the request as invalid';
  if (status === 401)
    return ': Portainer rejects the API key (expired, revoked or made on another Portainer); set a current one (PORTAINER_API_KEY, or the portainer-api-key input)';
  if (status === 403)
    return `: the API key's user may not do this; it needs access to endpoint ${endpoint} and to the stack (an environment administrator, or the stack's owner or team)`;
  if (status === 404) return `: not found; check the url and that endpoint ${endpoint} exists`;
  if (status === 409) return ': Portainer reports a conflict, another change to the stack may be under way; retry once it ends';
  if (status >= 500) return ': a Portainer or Docker error (for a deploy, Compose failed and Portainer kept the previous file)';
  return '';
}

/** `obj[name]`, matching the key case-insensitively (Go decodes and emits field names in either case). */
function field(obj: unknown, name: string): unknown {
  if (!isRecord(obj)) return undefined;
  if (name in obj) return obj[name];
  const lower = name.toLowerCase();
  const key = Object.keys(obj).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : obj[key];
}

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function parseStack(raw: unknown): PortainerStack | undefined {
  const id = Number(field(raw, 'Id'));
  const name = text(field(raw, 'Name'));
  if (!Number.isInteger(id) || id <= 0 || !name) return undefined;
  const git = field(raw, 'GitConfig');
  const auth = field(git, 'Authentication');
  const env = field(raw, 'Env');
  return {
    id,
    name,
    type: Number(field(raw, 'Type') ?? 0),
    endpointId: Number(field(raw, 'EndpointId') ?? 0),
    env: Array.isArray(env) ? env.map((p) => ({ name: text(field(p, 'name')), value: text(field(p, 'value')) })).filter((p) => p.name) : [],
    git: isRecord(git)
      ? {
          url: text(field(git, 'URL')),
          referenceName: text(field(git, 'ReferenceName')),
          configFilePath: text(field(git, 'ConfigFilePath')),
          configHash: text(field(git, 'ConfigHash')),
          hasAuthentication: isRecord(auth),
          username: text(field(auth, 'Username')),
        }
      : undefined,
    prune: field(field(raw, 'Option'), 'Prune') === true,
  };
}
