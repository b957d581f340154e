/** Kubernetes label selectors: plain maps (Service) and LabelSelector objects (PDB, NetworkPolicy, workloads). */
import type { KubernetesObject } from './objects';

/** A Service-style selector (`{ app: web }`): every pair must match. An empty map selects nothing here. */
export function matchesLabelMap(selector: unknown, labels: Record<string, string>): boolean {
  if (!selector || typeof selector !== 'object' || Array.isArray(selector)) return false;
  const entries = Object.entries(selector as Record<string, unknown>);
  if (!entries.length) return false;
  return entries.every(([k, v]) => labels[k] === String(v));
}

/**
 * A LabelSelector (`matchLabels` + `matchExpressions`). `{}` selects everything; a missing
 * (null/undefined) selector selects nothing. Malformed input selects nothing.
 */
export function matchesLabelSelector(selector: unknown, labels: Record<string, string>): boolean {
  if (!selector || typeof selector !== 'object' || Array.isArray(selector)) return false;
  const sel = selector as { matchLabels?: unknown; matchExpressions?: unknown };
  if (sel.matchLabels !== undefined && sel.matchLabels !== null) {
    if (typeof sel.matchLabels !== 'object' || Array.isArray(sel.matchLabels)) return false;
    for (const [k, v] of Object.entries(sel.matchLabels as Record<string, unknown>)) if (labels[k] !== String(v)) return false;
  }
  if (sel.matchExpressions !== undefined && sel.matchExpressions !== null) {
    if (!Array.isArray(sel.matchExpressions)) return false;
    for (const expr of sel.matchExpressions) {
      if (!expr || typeof expr !== 'object') return false;
      const { key, operator, values } = expr as { key?: unknown; operator?: unknown; values?: unknown };
      if (typeof key !== 'string') return false;
      const vals = Array.isArray(values) ? values.map(String) : [];
      const has = Object.prototype.hasOwnProperty.call(labels, key);
      switch (operator) {
        case 'In':
          if (!has || !vals.includes(labels[key])) return false;
          break;
        case 'NotIn':
          if (has && vals.includes(labels[key])) return false;
          break;
        case 'Exists':
          if (!has) return false;
          break;
        case 'DoesNotExist':
          if (has) return false;
          break;
        default:
          return false;
      }
    }
  }
  return true;
}

/**
 * Whether two objects can live in the same namespace. A manifest without a namespace is applied
 * wherever `kubectl -n`/kustomize puts it, so it is assumed to share the other object's namespace.
 */
export function sameNamespace(a: KubernetesObject, b: KubernetesObject): boolean {
  return !a.namespace || !b.namespace || a.namespace === b.namespace;
}
