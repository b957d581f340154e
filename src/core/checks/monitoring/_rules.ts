/** Walks the groups and rules of a Prometheus rule file (or a PrometheusRule spec), tolerating odd shapes. */
import { getNode, toPlain, type TreeNode, type TreePath } from '../../source/yaml-tree';
import { isRecord } from '../../is-record';

export interface RuleGroupRef {
  index: number;
  path: TreePath;
  name: unknown;
  value: Record<string, unknown>;
}

export interface RuleRef {
  group: RuleGroupRef;
  index: number;
  path: TreePath;
  rule: Record<string, unknown>;
  /** `alert` or `record`, whichever is a string. */
  kind?: 'alert' | 'record';
  name?: string;
}

export function ruleGroups(root: TreeNode): RuleGroupRef[] {
  const groups = toPlain(getNode(root, ['groups']));
  if (!Array.isArray(groups)) return [];
  const out: RuleGroupRef[] = [];
  groups.forEach((g, index) => {
    if (isRecord(g)) out.push({ index, path: ['groups', index], name: g.name, value: g });
  });
  return out;
}

export function rulesOf(group: RuleGroupRef): RuleRef[] {
  const rules = group.value.rules;
  if (!Array.isArray(rules)) return [];
  const out: RuleRef[] = [];
  rules.forEach((rule, index) => {
    if (!isRecord(rule)) return;
    const kind = typeof rule.alert === 'string' ? 'alert' : typeof rule.record === 'string' ? 'record' : undefined;
    out.push({ group, index, path: [...group.path, 'rules', index], rule, kind, name: kind ? (rule[kind] as string) : undefined });
  });
  return out;
}

export function allRules(root: TreeNode): RuleRef[] {
  return ruleGroups(root).flatMap(rulesOf);
}

export function alertingRules(root: TreeNode): (RuleRef & { kind: 'alert'; name: string })[] {
  return allRules(root).filter((r): r is RuleRef & { kind: 'alert'; name: string } => r.kind === 'alert');
}

export { isRecord } from '../../is-record';
