import { getNode } from '../../source/yaml-tree';
import { defineCheck } from '../types';
import { isRecord, ruleGroups, rulesOf } from './_rules';
import { seriesOverlap } from './_series-overlap';

function labelKey(labels: unknown): string {
  if (!isRecord(labels)) return '{}';
  return JSON.stringify(
    Object.keys(labels)
      .sort()
      .map((k) => [k, String(labels[k])]),
  );
}

export default defineCheck({
  id: 'monitoring/duplicate-rule',
  target: 'prometheus-rules',
  meta: {
    title: 'Duplicate rule group or rule',
    category: 'correctness',
    severity: 'error',
    rationale:
      'Prometheus rejects a rule file whose group names repeat, so every rule in it stops evaluating. Two rules with the same name and the same labels in a group are a copy-paste slip: duplicate recording rules write conflicting series (promtool\'s duplicate-rules lint) and duplicate alerts page twice or mask a changed threshold. Recording rules of the same name whose series cannot meet are not duplicates: a label both keep (`sum by (code)`) with matchers that exclude each other (`code=~"2.."` and `code=~"3.."`); when stackgate cannot follow the labels through an expression it does not report the pair.',
    remediation:
      'Rename or merge the duplicate group; delete the duplicate rule, or give the variants distinct labels (for example `severity: warning` and `severity: critical` with different thresholds).',
    messages: {
      duplicateGroup: 'group name "{{group}}" is already used on line {{line}}; Prometheus rejects the file',
      duplicateRule: '{{kind}} "{{name}}" with the same labels is already defined on line {{line}} in group "{{group}}"',
    },
  },
  check(ctx) {
    const groupLines = new Map<string, number>();
    for (const g of ruleGroups(ctx.root)) {
      if (typeof g.name === 'string') {
        const first = groupLines.get(g.name);
        if (first !== undefined) ctx.report({ messageId: 'duplicateGroup', data: { group: g.name, line: first }, at: [...g.path, 'name'] });
        else groupLines.set(g.name, lineOf(ctx.root, [...g.path, 'name']));
      }
      const seen = new Map<string, { line: number; rule: Record<string, unknown> }[]>();
      for (const r of rulesOf(g)) {
        if (!r.kind || !r.name) continue;
        const key = `${r.kind}\u0000${r.name}\u0000${labelKey(r.rule.labels)}`;
        const earlier = seen.get(key) ?? [];
        const clash = r.kind === 'record' ? earlier.find((e) => recordsClash(e.rule, r.rule)) : earlier[0];
        if (clash) {
          ctx.report({
            messageId: 'duplicateRule',
            data: { kind: r.kind, name: r.name, line: clash.line, group: String(g.name ?? g.index + 1) },
            at: [...r.path, r.kind],
          });
        }
        seen.set(key, [...earlier, { line: lineOf(ctx.root, [...r.path, r.kind]), rule: r.rule }]);
      }
    }
  },
});

/**
 * Two recording rules of the same name and labels write the same series unless their expressions
 * keep them apart (_series-overlap.ts); an expression that cannot be followed is given the benefit of the doubt.
 */
function recordsClash(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  if (typeof a.expr !== 'string' || typeof b.expr !== 'string') return true;
  if (a.expr.replace(/\s+/g, ' ').trim() === b.expr.replace(/\s+/g, ' ').trim()) return true;
  const labels = isRecord(a.labels) ? Object.keys(a.labels) : [];
  return seriesOverlap(a.expr, b.expr, labels).verdict === 'overlap';
}

function lineOf(root: Parameters<typeof getNode>[0], path: (string | number)[]): number {
  const node = getNode(root, path);
  return node?.keyLoc?.line ?? node?.loc.line ?? 0;
}
