/**
 * A Kubernetes API server on 127.0.0.1 (port 0, HTTPS with a self-signed certificate made by
 * openssl: kubectl sends bearer tokens over https only) that answers the real kubectl for
 * `apply --server-side` (and its server dry run), `get -f`, `rollout status` and `rollout undo`:
 *
 * - `/version`, discovery and a minimal OpenAPI v3 (fake-kube-discovery.ts);
 * - GET, LIST (label and field selectors) and WATCH (a chunked stream of events) of the objects;
 * - PATCH: `application/apply-patch+yaml` (server-side apply, fieldManager, force, dryRun=All; 409
 *   with a Status like the real one on a field conflict) and `application/json-patch+json` (undo).
 *
 * The objects and what the controllers do live in fake-kube-state.ts. Every request needs the
 * token (401 otherwise) and is recorded. A rollout moves on when a watch looks at it, as
 * `state.setRollout` says; `hang` makes matching requests go unanswered, like a watch through a
 * proxy that swallows it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { discovery } from './fake-kube-discovery';
import { ApplyConflictError, FakeKubeState, groupVersion, RESOURCE_TYPES, type FieldConflict, type KubeObject, type ResourceType } from './fake-kube-state';

export interface KubeRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType?: string;
  userAgent?: string;
  /** Whether it carried the right bearer token. */
  isAuthorized: boolean;
  body?: unknown;
}

export interface FakeKubeApiServer {
  url: string;
  /** The token the server accepts. */
  token: string;
  state: FakeKubeState;
  requests: KubeRequest[];
  /** Requests not answered to the end yet: watches kubectl still listens to, hung requests it still waits for. */
  readonly openRequests: number;
  /** Requests that match are never answered (the connection stays open until the client leaves). */
  hang(match: (r: KubeRequest) => boolean): void;
  /** Called on every request before it is answered (a test looks at the machine while kubectl runs). */
  onRequest?: (r: KubeRequest) => void;
  /** A kubeconfig for this server: context `fake` (namespace mcp), current unless `currentContext` says otherwise. */
  kubeconfig(opts?: { token?: string; currentContext?: string }): string;
  close(): Promise<void>;
}

/** A context of kubeconfig() whose server nobody answers. */
export const UNREACHABLE_CONTEXT = 'elsewhere';

const WATCH_EVENT_DELAY_MS = 30;

export async function startFakeKubeApiServer(token = 'kube-test-token-3f9c1d'): Promise<FakeKubeApiServer> {
  const tls = certificate();
  const state = new FakeKubeState();
  const requests: KubeRequest[] = [];
  const hangs: ((r: KubeRequest) => boolean)[] = [];
  let openRequests = 0;
  let url = '';

  const server = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    openRequests++;
    res.on('close', () => openRequests--);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'https://fake');
      const text = Buffer.concat(chunks).toString('utf8');
      const r: KubeRequest = {
        method: req.method ?? 'GET',
        path: u.pathname,
        query: Object.fromEntries(u.searchParams),
        contentType: req.headers['content-type'],
        userAgent: req.headers['user-agent'],
        isAuthorized: req.headers.authorization === `Bearer ${token}`,
        body: text ? parseBody(text) : undefined,
      };
      requests.push(r);
      fake.onRequest?.(r);
      if (!r.isAuthorized) return send(res, 401, status(401, 'Unauthorized', 'Unauthorized'));
      if (hangs.some((h) => h(r))) return;
      if (r.query.watch === 'true') return watch(state, r, res);
      const [code, body] = answer(state, r, url);
      send(res, code, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeKubeApiServer = {
    url,
    token,
    state,
    requests,
    get openRequests() {
      return openRequests;
    },
    hang: (match) => hangs.push(match),
    kubeconfig: (opts = {}) => kubeconfig(url, tls.cert, opts.token ?? token, opts.currentContext ?? 'fake'),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}

function parseBody(text: string): unknown {
  try {
    return parseYaml(text);
  } catch {
    return text;
  }
}

function send(res: http.ServerResponse, code: number, body: unknown): void {
  res.writeHead(code, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function status(code: number, reason: string, message: string, details?: Record<string, unknown>) {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...(details ? { details } : {}), code };
}

/** `/apis/apps/v1/namespaces/mcp/deployments/x` -> the resource type, namespace and name. */
function route(p: string): { type: ResourceType; namespace?: string; name?: string } | undefined {
  const m = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))(?:\/namespaces\/([^/]+))?\/([^/]+)(?:\/([^/]+))?$/.exec(p);
  if (!m) return undefined;
  const [group, version] = m[1] ? ['', m[1]] : [m[2], m[3]];
  const type = RESOURCE_TYPES.find((t) => t.group === group && t.version === version && t.plural === m[5]);
  if (!type) return undefined;
  // `/api/v1/namespaces/mcp` is the namespace itself.
  if (type.plural === 'namespaces' && m[4] === undefined) return { type, name: m[6] };
  return { type, namespace: m[4], name: m[6] };
}

function answer(state: FakeKubeState, r: KubeRequest, url: string): [number, unknown] {
  if (r.method === 'GET') {
    const doc = discovery(r.path, url);
    if (doc) return [200, doc];
  }
  const at = route(r.path);
  if (!at) return [404, status(404, 'NotFound', 'the server could not find the requested resource')];
  const { type, namespace, name } = at;
  const notFound = (): [number, unknown] => [
    404,
    status(404, 'NotFound', `${resourceName(type)} "${name}" not found`, { name, group: type.group, kind: type.plural }),
  ];
  if (r.method === 'GET' && name) {
    const o = state.get(type, namespace, name);
    return o ? [200, o] : notFound();
  }
  if (r.method === 'GET') {
    const items = state.list(type, namespace).filter((o) => matches(o, r.query));
    return [200, { kind: `${type.kind}List`, apiVersion: groupVersion(type), metadata: { resourceVersion: state.latestResourceVersion }, items }];
  }
  if (r.method === 'PATCH' && name) {
    if (namespace && !state.get(state.typeOf('Namespace'), undefined, namespace))
      return [404, status(404, 'NotFound', `namespaces "${namespace}" not found`, { name: namespace, kind: 'namespaces' })];
    if (r.contentType?.startsWith('application/apply-patch')) return applyPatch(state, r, type, namespace, name);
    if (r.contentType?.startsWith('application/json-patch+json')) {
      const manager = r.query.fieldManager || (r.userAgent ?? '').split('/')[0];
      const o = state.jsonPatch(type, namespace, name, r.body as { op: string; path: string; value?: unknown }[], manager);
      return o ? [200, o] : notFound();
    }
    return [415, status(415, 'UnsupportedMediaType', `the body of the request was in an unknown format: ${r.contentType}`)];
  }
  return [405, status(405, 'MethodNotAllowed', `the server does not allow this method on the requested resource`)];
}

function applyPatch(state: FakeKubeState, r: KubeRequest, type: ResourceType, namespace: string | undefined, name: string): [number, unknown] {
  if (!r.query.fieldManager)
    return [400, status(400, 'BadRequest', 'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch')];
  try {
    const result = state.apply(type, namespace, name, r.body as KubeObject, {
      manager: r.query.fieldManager,
      force: r.query.force === 'true',
      dryRun: r.query.dryRun === 'All',
    });
    return [result.created ? 201 : 200, result.object];
  } catch (e) {
    if (!(e instanceof ApplyConflictError)) throw e;
    return [409, conflictStatus(e.conflicts, groupVersion(type))];
  }
}

/** The Status of a refused apply, worded as the API server words it (fieldmanager's getConflictMessage). */
function conflictStatus(conflicts: FieldConflict[], apiVersion: string) {
  const who = (c: FieldConflict) => (c.operation === 'Update' ? `"${c.manager}" using ${apiVersion}` : `"${c.manager}"`);
  const byManager = new Map<string, string[]>();
  for (const c of conflicts) byManager.set(who(c), [...(byManager.get(who(c)) ?? []), c.path]);
  const message =
    conflicts.length === 1
      ? `Apply failed with 1 conflict: conflict with ${who(conflicts[0])}: ${conflicts[0].path}`
      : `Apply failed with ${conflicts.length} conflicts: ${[...byManager.keys()]
          .sort()
          .map((m) => [`conflicts with ${m}:`, ...byManager.get(m)!.map((p) => `- ${p}`)].join('\n'))
          .join('\n')}`;
  return status(409, 'Conflict', message, {
    causes: conflicts.map((c) => ({ reason: 'FieldManagerConflict', message: `conflict with ${who(c)}`, field: c.path })),
  });
}

function resourceName(t: ResourceType): string {
  return t.group ? `${t.plural}.${t.group}` : t.plural;
}

function matches(o: KubeObject, query: Record<string, string>): boolean {
  const pairs = (s: string | undefined) => (s ? s.split(',').map((p) => p.split('=')) : []);
  const labels = o.metadata.labels ?? {};
  const fields: Record<string, string | undefined> = { 'metadata.name': o.metadata.name, 'metadata.namespace': o.metadata.namespace };
  return pairs(query.labelSelector).every(([k, v]) => labels[k] === v) && pairs(query.fieldSelector).every(([k, v]) => fields[k] === v);
}

/** A chunked stream of watch events; the named workload's rollout moves on as the test said. */
function watch(state: FakeKubeState, r: KubeRequest, res: http.ServerResponse): void {
  const at = route(r.path);
  const name = /^metadata\.name=(.+)$/.exec(r.query.fieldSelector ?? '')?.[1];
  res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
  // The API server answers a watch at once and streams events later (kubectl waits for this answer).
  res.flushHeaders();
  if (!at || !name) return;
  const timer = setTimeout(() => {
    const o = state.progress(at.type, at.namespace, name, state.rolloutOf(name));
    if (o) res.write(`${JSON.stringify({ type: 'MODIFIED', object: o })}\n`);
  }, WATCH_EVENT_DELAY_MS);
  res.on('close', () => clearTimeout(timer));
}

let tlsMaterial: { key: string; cert: string } | undefined;

/** A key and a self-signed certificate for 127.0.0.1, made once per test file. */
function certificate(): { key: string; cert: string } {
  if (tlsMaterial) return tlsMaterial;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-kube-tls-'));
  try {
    const res = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        'tls.key',
        '-out',
        'tls.crt',
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    if (res.status !== 0) throw new Error(`openssl could not make the fake API server's certificate: ${res.stderr || res.error?.message}`);
    tlsMaterial = { key: fs.readFileSync(path.join(dir, 'tls.key'), 'utf8'), cert: fs.readFileSync(path.join(dir, 'tls.crt'), 'utf8') };
    return tlsMaterial;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function kubeconfig(url: string, cert: string, token: string, currentContext: string): string {
  const ca = Buffer.from(cert).toString('base64');
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: fake`,
    `  cluster: { server: "${url}", certificate-authority-data: "${ca}" }`,
    `- name: ${UNREACHABLE_CONTEXT}`,
    `  cluster: { server: "https://127.0.0.1:9", certificate-authority-data: "${ca}" }`,
    'users:',
    `- name: ci`,
    `  user: { token: "${token}" }`,
    'contexts:',
    `- name: fake`,
    `  context: { cluster: fake, user: ci, namespace: mcp }`,
    `- name: ${UNREACHABLE_CONTEXT}`,
    `  context: { cluster: ${UNREACHABLE_CONTEXT}, user: ci, namespace: mcp }`,
    `current-context: ${currentContext}`,
    '',
  ].join('\n');
}
