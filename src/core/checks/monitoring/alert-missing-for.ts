import { getNode, toPlain } from '../../source/yaml-tree';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'monitoring/alert-missing-for',
  target: 'prometheus-rules',
  meta: {
    title: 'Alert fires without a "for" duration',
    category: 'observability',
    severity: 'warning',
    rationale: 'An alert without `for` pages on a single bad scrape; on-call learns to ignore it.',
    remediation: 'Add `for: 5m` (or a duration that fits the signal) to the alerting rule.',
    messages: { missingFor: 'alert "{{alert}}" has no "for" duration and fires on the first failing evaluation' },
  },
  check(ctx) {
    const groups = toPlain(getNode(ctx.root, ['groups']));
    if (!Array.isArray(groups)) return;
    groups.forEach((g, gi) => {
      const rules = g && typeof g === 'object' ? (g as { rules?: unknown }).rules : undefined;
      if (!Array.isArray(rules)) return;
      rules.forEach((r, ri) => {
        if (!r || typeof r !== 'object') return;
        const rule = r as Record<string, unknown>;
        if (typeof rule.alert !== 'string' || rule.for !== undefined) return;
        ctx.report({ messageId: 'missingFor', data: { alert: rule.alert }, at: ['groups', gi, 'rules', ri, 'alert'] });
      });
    });
  },
});
