/**
 * What the Kubernetes driver reads from kubectl's output: the objects of `get -o json` and
 * `apply -o json` (a List, one object, or nothing), the names `apply -o name` printed, and kubectl's
 * error lines (its conflict advice and log prefixes left out), with the field conflicts in them.
 */
import { canonicalJson } from '../../core/canonical-json';
import type { DeployItem } from '../../core/deploy/driver';

const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'] as const;
const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';

/** One object as the driver keeps it (plain JSON: restore points hold these). */
export interface ObjectState {
  kind: string;
  /** API group (`apps`, `` for the core group). */
  group: string;
  name: string;
  namespace?: string;
  resourceVersion?: string;
  generation?: number;
  /** A Deployment's `deployment.kubernetes.io/revision`, a StatefulSet's update revision. */
  revision?: string;
  /** Container images of the pod template: its containers, then its init containers. */
  images: string[];
  /** The object without what the server writes (status, managedFields, resourceVersion): what a plan compares. */
  content: string;
}

interface RawObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string; resourceVersion?: string; generation?: number; annotations?: Record<string, string> };
  spec?: { template?: { spec?: { containers?: { image?: string }[]; initContainers?: { image?: string }[] } } };
  status?: { updateRevision?: string };
  items?: RawObject[];
}

/** The objects of kubectl's JSON output; empty output (get --ignore-not-found of nothing) is none. */
export function parseObjects(stdout: string): ObjectState[] {
  if (!stdout.trim()) return [];
  const doc = JSON.parse(stdout) as RawObject;
  const raws = doc.kind === 'List' || Array.isArray(doc.items) ? (doc.items ?? []) : [doc];
  return raws.filter((r) => r.kind && r.metadata?.name).map(toState);
}

function toState(r: RawObject): ObjectState {
  const [group, version] = (r.apiVersion ?? '').includes('/') ? r.apiVersion!.split('/') : ['', r.apiVersion];
  const pod = r.spec?.template?.spec;
  const images = [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])].flatMap((c) => (c.image ? [c.image] : []));
  const { status: _s, metadata, ...rest } = r;
  const { resourceVersion: _rv, generation: _g, managedFields: _m, uid: _u, creationTimestamp: _c, ...meta } = (metadata ?? {}) as Record<string, unknown>;
  return {
    kind: r.kind!,
    group: version === undefined ? '' : group,
    name: r.metadata!.name!,
    namespace: r.metadata?.namespace,
    resourceVersion: r.metadata?.resourceVersion,
    generation: r.metadata?.generation,
    revision: r.kind === 'Deployment' ? r.metadata?.annotations?.[REVISION_ANNOTATION] : r.kind === 'StatefulSet' ? r.status?.updateRevision : undefined,
    images,
    content: canonicalJson({ ...rest, metadata: meta }),
  };
}

export function isWorkload(o: ObjectState): boolean {
  return (WORKLOAD_KINDS as readonly string[]).includes(o.kind);
}

/** `deployment/mcp-app`: how kubectl's rollout commands and the report name an object. */
export function refOf(o: Pick<ObjectState, 'kind' | 'name'>): string {
  return `${o.kind.toLowerCase()}/${o.name}`;
}

/** `deployment.apps/mcp-app`: how `-o name` prints it. */
export function printedNameOf(o: Pick<ObjectState, 'kind' | 'group' | 'name'>): string {
  return `${o.kind.toLowerCase()}${o.group ? `.${o.group}` : ''}/${o.name}`;
}

export function keyOf(o: Pick<ObjectState, 'kind' | 'group' | 'name' | 'namespace'>): string {
  return `${o.group}/${o.kind}/${o.namespace ?? ''}/${o.name}`;
}

/** `deployment/mcp-app in mcp`: an object in a sentence. */
export function describeObject(o: Pick<ObjectState, 'kind' | 'name' | 'namespace'>): string {
  return o.namespace ? `${refOf(o)} in ${o.namespace}` : refOf(o);
}

/** The report's item for an object: its first container's image (and digest when pinned by one), and the image change when there is one. */
export function itemOf(
  o: Pick<ObjectState, 'kind' | 'name' | 'namespace' | 'images'>,
  action: DeployItem['action'],
  before?: Pick<ObjectState, 'images'>,
  detail?: string,
): DeployItem {
  const change = imageChange(before, o);
  const parts = [o.namespace ? `namespace ${o.namespace}` : '', change, detail ?? ''].filter(Boolean);
  return {
    name: refOf(o),
    action,
    ...(o.images.length ? { image: o.images[0] } : {}),
    ...(o.images[0]?.includes('@sha256:') ? { digest: o.images[0].slice(o.images[0].indexOf('@') + 1) } : {}),
    ...(parts.length ? { detail: parts.join('; ') } : {}),
  };
}

/** `image ghcr.io/acme/app:1.2 -> 1.3` (containers matched by position), or ''. */
export function imageChange(before: Pick<ObjectState, 'images'> | undefined, after: Pick<ObjectState, 'images'>): string {
  if (!before) return '';
  const changes = after.images.flatMap((img, i) => {
    const old = before.images[i];
    if (!old || old === img) return [];
    const [oldRepo, newRepo] = [repoOf(old), repoOf(img)];
    return [oldRepo === newRepo ? `${old} -> ${img.slice(newRepo.length + 1)}` : `${old} -> ${img}`];
  });
  return changes.length ? `image ${changes.join(', ')}` : '';
}

function repoOf(image: string): string {
  const at = image.indexOf('@');
  if (at >= 0) return image.slice(0, at);
  const colon = image.lastIndexOf(':');
  return colon > image.lastIndexOf('/') ? image.slice(0, colon) : image;
}

const CONFLICT_ADVICE_START = /^Please review the fields above--they currently have other managers/;
const CONFLICT_ADVICE_END = /^See https:\/\/kubernetes\.io\/docs\/reference\/using-api\/server-side-apply\/#conflicts/;

/**
 * kubectl's errors, one per entry: `error: ` and klog prefixes removed, the advice it prints after a
 * conflict left out, the `- .spec…` lines of a multi-field conflict joined to their error.
 */
export function errorLines(stderr: string): string[] {
  const out: string[] = [];
  let isAdvice = false;
  for (const raw of stderr.split(/\r?\n/)) {
    const line = raw.trim();
    if (CONFLICT_ADVICE_START.test(line)) isAdvice = true;
    if (isAdvice) {
      if (CONFLICT_ADVICE_END.test(line)) isAdvice = false;
      continue;
    }
    if (!line || /^Warning:/.test(line)) continue;
    const text = line
      .replace(/^[EW]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\]\s*/, '')
      .replace(/^"[^"]*" err="(.*)"$/, (_m, inner: string) => inner.replace(/\\"/g, '"'))
      .replace(/^error:\s*/i, '');
    // A conflict error goes on over lines: `conflicts with "kubectl" using apps/v1:`, `- .spec…`.
    if (/^(- \.|conflicts? with ")/.test(text) && out.length) out[out.length - 1] += ` ${text}`;
    else if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

/** The managers (`"kubectl" using apps/v1`) and fields of an `Apply failed with N conflict(s)` error. */
export function parseConflict(error: string): { managers: string[]; fields: string[] } | undefined {
  if (!/^Apply failed with \d+ conflicts?:/.test(error)) return undefined;
  const managers = [...error.matchAll(/conflicts? with ("[^"]+"(?: with subresource "[^"]+")?(?: using [^\s:]+)?)/g)].map((m) => m[1]);
  const fields = [...error.matchAll(/(?:: |- )(\.\S+)/g)].map((m) => m[1]);
  return { managers: [...new Set(managers)], fields };
}

/** The names `apply -o name` printed (`deployment.apps/mcp-app`). */
export function printedNames(stdout: string): Set<string> {
  return new Set(
    stdout
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  );
}
