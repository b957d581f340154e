/**
 * Server-side apply's bookkeeping for the fake Kubernetes API server (fake-kube-state.ts): an
 * object's fields as leaves keyed in fieldsV1 notation, who owns which (managedFields), apply's merge,
 * and the JSON patch `kubectl rollout undo` sends.
 */
import { canonicalJson } from '../../src/core/canonical-json';

/** Per leaf field (fieldsV1 segments joined by newlines): its owners. */
export type Owners = Map<string, { manager: string; operation: 'Apply' | 'Update' }[]>;

/** The object without what names it and what only the server writes: the fields that can be owned. */
export function stripIdentity(o: { metadata: Record<string, unknown> } & Record<string, unknown>): Record<string, unknown> {
  const { name: _n, namespace: _ns, uid: _u, generation: _g, resourceVersion: _rv, managedFields: _m, creationTimestamp: _c, ...metadata } = o.metadata;
  const { apiVersion: _a, kind: _k, status: _s, metadata: _md, ...rest } = o;
  return { metadata, ...rest };
}

/**
 * Leaf fields, each with its value as JSON, keyed by their fieldsV1 segments (`f:spec`,
 * `k:{"name":"app"}`) joined by newlines: lists of named objects are keyed by name, other lists are atomic.
 */
export function flatten(value: unknown, prefix: string[] = [], out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value) && value.length && value.every(isNamed)) {
    for (const item of value) flatten(item, [...prefix, `k:${JSON.stringify({ name: item.name })}`], out);
  } else if (isPlainObject(value) && Object.keys(value).length) {
    for (const [k, v] of Object.entries(value)) flatten(v, [...prefix, `f:${k}`], out);
  } else if (prefix.length) {
    out.set(prefix.join('\n'), canonicalJson(value));
  }
  return out;
}

/** `.spec.template.spec.containers[name="app"].image`, as the API server prints a field path. */
export function renderPath(key: string): string {
  return key
    .split('\n')
    .map((seg) =>
      seg.startsWith('f:')
        ? `.${seg.slice(2)}`
        : `[${Object.entries(JSON.parse(seg.slice(2)) as Record<string, string>).map(([k, v]) => `${k}=${JSON.stringify(v)}`)}]`,
    )
    .join('');
}

function isNamed(v: unknown): v is { name: string } {
  return !!v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string';
}

/** Server-side apply's merge: maps merged, lists of named objects merged by name, other values replaced. */
export function merge(current: unknown, applied: unknown): unknown {
  if (Array.isArray(current) && Array.isArray(applied) && current.every(isNamed) && applied.every(isNamed) && applied.length) {
    const out = current.map((c) => {
      const a = applied.find((x) => x.name === c.name);
      return a ? merge(c, a) : c;
    });
    return [...out, ...applied.filter((a) => !current.some((c) => c.name === a.name))];
  }
  if (isPlainObject(current) && isPlainObject(applied)) {
    const out: Record<string, unknown> = { ...current };
    for (const [k, v] of Object.entries(applied)) out[k] = k in current ? merge(current[k], v) : v;
    return out;
  }
  return clone(applied);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

export function applyOp(doc: Record<string, unknown>, op: { op: string; path: string; value?: unknown }): void {
  const parts = op.path
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = parts.pop()!;
  let at: Record<string, unknown> = doc;
  for (const p of parts) at = (at[p] ??= {}) as Record<string, unknown>;
  if (op.op === 'remove') delete at[last];
  else if (op.op === 'add' || op.op === 'replace') at[last] = clone(op.value);
  else throw new Error(`fake kube: JSON patch op ${op.op} not supported`);
}

/** The managedFields the API server shows: per manager and operation, the fields it owns as a fieldsV1 tree. */
export function managedFields(owners: Owners, apiVersion: string): Record<string, unknown>[] {
  const entries = new Map<
    string,
    { manager: string; operation: string; apiVersion: string; time: string; fieldsType: string; fieldsV1: Record<string, unknown> }
  >();
  for (const [key, list] of owners)
    for (const o of list) {
      const id = `${o.manager}/${o.operation}`;
      if (!entries.has(id))
        entries.set(id, { manager: o.manager, operation: o.operation, apiVersion, time: '2026-11-22T10:00:00Z', fieldsType: 'FieldsV1', fieldsV1: {} });
      let at = entries.get(id)!.fieldsV1;
      for (const seg of key.split('\n')) {
        at = (at[seg] ??= {}) as Record<string, unknown>;
        if (seg.startsWith('k:')) at['.'] = {};
      }
    }
  return [...entries.values()];
}

function clone<T>(v: T): T {
  return structuredClone(v);
}
