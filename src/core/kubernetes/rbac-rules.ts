/** Reading the rules of a Role or ClusterRole. */
import type { TreePath } from '../source/yaml-tree';
import type { KubernetesObject } from './objects';

export interface PolicyRule {
  index: number;
  path: TreePath;
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames: string[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function isRbacRole(obj: KubernetesObject): boolean {
  return (obj.kind === 'Role' || obj.kind === 'ClusterRole') && obj.apiVersion.startsWith('rbac.authorization.k8s.io/');
}

export function rulesOf(obj: KubernetesObject): PolicyRule[] {
  if (!isRbacRole(obj) || !Array.isArray(obj.value.rules)) return [];
  const out: PolicyRule[] = [];
  obj.value.rules.forEach((r: unknown, index: number) => {
    if (!r || typeof r !== 'object') return;
    const rule = r as Record<string, unknown>;
    out.push({
      index,
      path: ['rules', index],
      apiGroups: strings(rule.apiGroups),
      resources: strings(rule.resources),
      verbs: strings(rule.verbs),
      resourceNames: strings(rule.resourceNames),
    });
  });
  return out;
}

/** Whether the rule grants `verb` on `resource` in the core group (wildcards included). */
export function grants(rule: PolicyRule, resource: string, verb: string, group = ''): boolean {
  return (
    (rule.apiGroups.includes('*') || rule.apiGroups.includes(group)) &&
    (rule.resources.includes('*') || rule.resources.includes(resource)) &&
    (rule.verbs.includes('*') || rule.verbs.includes(verb))
  );
}
