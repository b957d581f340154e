/**
 * GitHub's REST API description (@octokit/openapi, the non-dereferenced 13 MB file) as a request
 * and response checker for fakes: find the operation of a method + path, check path and query
 * parameters (strings coerced to the parameter's schema type), the JSON request body and the
 * status + body of a reply. Schemas are compiled with ajv on first use and cached; the spec's
 * components are added once per ajv instance.
 */
import Ajv, { type ValidateFunction } from 'ajv';

interface Ref {
  $ref: string;
}
export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
}
interface OpenApiMedia {
  schema?: Record<string, unknown>;
}
interface OpenApiResponse {
  description?: string;
  content?: Record<string, OpenApiMedia>;
}
export interface OpenApiOperation {
  operationId: string;
  parameters?: (OpenApiParameter | Ref)[];
  requestBody?: { required?: boolean; content?: Record<string, OpenApiMedia> } | Ref;
  responses: Record<string, OpenApiResponse | Ref>;
}
interface OpenApi {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: Record<string, Record<string, unknown>>;
}

export const githubSpec = require('@octokit/openapi/generated/api.github.com.json') as OpenApi;

/** Versions GitHub accepts in `X-GitHub-Api-Version` (https://docs.github.com/rest/about-the-rest-api/api-versions). */
export const KNOWN_API_VERSIONS = ['2022-11-28'];
/**
 * Statuses GitHub can answer for any operation although most operations do not list them:
 * bad credentials, no access / rate limit, not found (also "no access" to private resources),
 * secondary rate limit (and server errors, checked apart). Their body, if any, is a `basic-error`.
 */
const ANY_OPERATION_STATUSES = new Set([401, 403, 404, 429]);

const SPEC_ID = 'github';
function newAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true, coerceTypes });
  ajv.addSchema({ components: nullableWithoutType(githubSpec.components) }, SPEC_ID);
  return ajv;
}
let strictAjv: Ajv | undefined;
let coercingAjv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/** Inline schemas refer to `#/components/...` of the spec document: point them at the added spec. */
function inSpec(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(inSpec);
  if (!schema || typeof schema !== 'object') return schema;
  return nullableWithoutType(
    Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${SPEC_ID}${v}` : inSpec(v)])),
  );
}

/**
 * OpenAPI 3.0's `nullable: true` beside `anyOf`/`allOf`/`$ref` without a `type` (the `account` of an
 * `installation`), which ajv refuses to compile: rewritten as "that, or null".
 */
function nullableWithoutType(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(nullableWithoutType);
  if (!schema || typeof schema !== 'object') return schema;
  const node = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, nullableWithoutType(v)]));
  if (node.nullable !== true || node.type !== undefined) return node;
  delete node.nullable;
  return { anyOf: [node, { type: 'null' }] };
}

function validator(cacheKey: string, schema: unknown, coerce = false): ValidateFunction {
  const key = `${coerce ? 'coerce' : 'strict'}:${cacheKey}`;
  let fn = compiled.get(key);
  if (!fn) {
    const ajv = coerce ? (coercingAjv ??= newAjv(true)) : (strictAjv ??= newAjv(false));
    fn = ajv.compile(inSpec(schema) as object);
    compiled.set(key, fn);
  }
  return fn;
}

function errorsText(fn: ValidateFunction, dataVar: string): string {
  const text = (strictAjv ?? coercingAjv ?? new Ajv()).errorsText(fn.errors, { dataVar });
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

/** Follows a `#/components/...` reference. */
function resolve<T>(value: T | Ref): T {
  let current: unknown = value;
  while (current && typeof current === 'object' && '$ref' in current) {
    const pointer = (current as Ref).$ref.replace(/^#\//, '').split('/');
    current = pointer.reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], githubSpec);
  }
  return current as T;
}

/** Problems of `value` against a named schema of the spec (`issue-comment`, `pull-request`…); empty when it conforms. */
export function schemaProblems(name: string, value: unknown): string[] {
  const fn = validator(`schema:${name}`, { $ref: `#/components/schemas/${name}` });
  return fn(value) ? [] : [`${name}: ${errorsText(fn, 'data')}`];
}

interface PathTemplate {
  template: string;
  regex: RegExp;
  names: string[];
  literals: number;
}
let templatesByMethod: Map<string, PathTemplate[]> | undefined;

function templates(method: string): PathTemplate[] {
  if (!templatesByMethod) {
    templatesByMethod = new Map();
    for (const [template, item] of Object.entries(githubSpec.paths)) {
      const names: string[] = [];
      const source = template
        .split('/')
        .map((segment) => segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => (names.push(name), '([^/]+)')))
        .join('/');
      const literals = template.split('/').filter((s) => s && !s.includes('{')).length;
      for (const m of Object.keys(item)) {
        const list = templatesByMethod.get(m) ?? [];
        list.push({ template, regex: new RegExp(`^${source}$`), names, literals });
        templatesByMethod.set(m, list);
      }
    }
    // `/repos/{owner}/{repo}/issues/comments` must win over `/repos/{owner}/{repo}/issues/{issue_number}`.
    for (const list of templatesByMethod.values()) list.sort((a, b) => b.literals - a.literals);
  }
  return templatesByMethod.get(method) ?? [];
}

export interface MatchedOperation {
  operationId: string;
  method: string;
  /** The spec's path template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  template: string;
  operation: OpenApiOperation;
  /** Path parameters as they appear in the URL (decoded, not yet coerced). */
  rawPathParams: Record<string, string>;
}

/** The operation for a method and a path without the API prefix, or undefined when GitHub has none. */
export function findOperation(method: string, path: string): MatchedOperation | undefined {
  const m = method.toLowerCase();
  for (const t of templates(m)) {
    const hit = t.regex.exec(path);
    if (!hit) continue;
    const operation = githubSpec.paths[t.template][m];
    const rawPathParams = Object.fromEntries(t.names.map((name, i) => [name, safeDecode(hit[i + 1])]));
    return { operationId: operation.operationId, method: m, template: t.template, operation, rawPathParams };
  }
  return undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export interface RequestCheck {
  problems: string[];
  /** True when a path parameter is invalid (GitHub answers 404), false for other problems (422). */
  isPathProblem: boolean;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
}

/** Checks path and query parameters, required headers and the JSON body of one request. */
export function checkRequest(
  match: MatchedOperation,
  request: { query: URLSearchParams; headers: Record<string, string | string[] | undefined>; rawBody: string },
): RequestCheck & { body: unknown } {
  const problems: string[] = [];
  let isPathProblem = false;
  const params: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const declared = (match.operation.parameters ?? []).map((p) => resolve<OpenApiParameter>(p));
  for (const p of declared) {
    const raw = p.in === 'path' ? match.rawPathParams[p.name] : p.in === 'query' ? (request.query.get(p.name) ?? undefined) : undefined;
    if (p.in === 'header') {
      if (p.required && request.headers[p.name.toLowerCase()] === undefined) problems.push(`missing required header ${p.name}`);
      continue;
    }
    if (p.in !== 'path' && p.in !== 'query') continue;
    if (raw === undefined) {
      if (p.required) problems.push(`missing required ${p.in} parameter ${p.name}`);
      continue;
    }
    const fn = validator(`${match.operationId}:${p.in}:${p.name}`, { type: 'object', properties: { value: p.schema ?? {} } }, true);
    const holder = { value: raw as unknown };
    if (!fn(holder)) {
      problems.push(`${p.in} parameter ${p.name}=${JSON.stringify(raw)}: ${errorsText(fn, p.name).replace(`${p.name}/value`, p.name)}`);
      if (p.in === 'path') isPathProblem = true;
    }
    (p.in === 'path' ? params : query)[p.name] = holder.value;
  }
  const known = new Set(declared.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of new Set(request.query.keys())) if (!known.has(name)) problems.push(`unknown query parameter ${name}`);

  const userAgent = request.headers['user-agent'];
  if (!userAgent) problems.push('missing User-Agent header (GitHub rejects requests without one)');
  const version = request.headers['x-github-api-version'];
  if (version !== undefined && !KNOWN_API_VERSIONS.includes(String(version))) problems.push(`unsupported X-GitHub-Api-Version ${String(version)}`);

  const { body, problems: bodyProblems } = checkBody(match, request);
  return { problems: [...problems, ...bodyProblems], isPathProblem, params, query, body };
}

function checkBody(
  match: MatchedOperation,
  request: { headers: Record<string, string | string[] | undefined>; rawBody: string },
): { body: unknown; problems: string[] } {
  const spec = match.operation.requestBody ? resolve(match.operation.requestBody) : undefined;
  const hasBody = request.rawBody.trim() !== '';
  if (!spec) return { body: hasBody ? request.rawBody : undefined, problems: hasBody ? [`${match.operationId} takes no request body`] : [] };
  const schema = spec.content?.['application/json']?.schema;
  if (!hasBody) return { body: undefined, problems: spec.required ? [`${match.operationId} requires a JSON request body`] : [] };
  const contentType = String(request.headers['content-type'] ?? '');
  const problems = contentType.startsWith('application/json') ? [] : [`request body content-type ${JSON.stringify(contentType)} is not application/json`];
  let body: unknown;
  try {
    body = JSON.parse(request.rawBody);
  } catch {
    return { body: request.rawBody, problems: [...problems, 'request body is not JSON'] };
  }
  if (schema) {
    const fn = validator(`${match.operationId}:requestBody`, schema);
    if (!fn(body)) problems.push(`request body: ${errorsText(fn, 'body')}`);
  }
  return { body, problems };
}

/** Checks what a fake answers: a status GitHub documents for the operation (or may send for any), and its body. */
export function checkResponse(match: MatchedOperation, status: number, body: unknown): string[] {
  const documented = match.operation.responses[String(status)];
  const where = `response ${status} of ${match.operationId}`;
  // Server errors come from anywhere on the way (load balancers send HTML): only their status matters.
  if (status >= 500) return [];
  if (!documented) {
    if (!ANY_OPERATION_STATUSES.has(status)) return [`${where}: status not documented (documented: ${Object.keys(match.operation.responses).join(', ')})`];
    if (body === undefined) return [];
    const fn = validator('schema:basic-error', { $ref: '#/components/schemas/basic-error' });
    return fn(body) ? [] : [`${where}: ${errorsText(fn, 'body')}`];
  }
  const schema = resolve(documented).content?.['application/json']?.schema;
  if (!schema) return body === undefined ? [] : [`${where}: documented without a body, but the fake sent one`];
  if (body === undefined) return [`${where}: documented with a JSON body, but the fake sent none`];
  const fn = validator(`${match.operationId}:response:${status}`, schema);
  return fn(body) ? [] : [`${where}: ${errorsText(fn, 'body')}`];
}
