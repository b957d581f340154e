import { defineCheck } from '../types';
import { findExpressionProblem } from './_promql-lexer';
import { allRules, type RuleRef } from './_rules';

function describeRule(r: RuleRef): string {
  if (r.kind && r.name) return `${r.kind} "${r.name}"`;
  return `rule ${r.index + 1} of group "${typeof r.group.name === 'string' ? r.group.name : r.group.index + 1}"`;
}

export default defineCheck({
  id: 'monitoring/rule-expression',
  target: 'prometheus-rules',
  meta: {
    title: 'Rule expression is missing or malformed',
    category: 'correctness',
    severity: 'error',
    rationale:
      'Prometheus refuses to load a rule file with one unparsable expression, so every alert in it silently stops firing after the next reload. promtool catches this when installed (see monitoring/promtool); this check catches missing expressions and unbalanced brackets or quotes without it.',
    remediation:
      'Fix the expression (and test it in the Prometheus UI or with `promtool check rules`); every alerting and recording rule needs a non-empty `expr`.',
    messages: {
      missing: '{{rule}} has no expr',
      empty: '{{rule}} has an empty expr',
      notString: '{{rule}} has an expr that is not a string',
      malformed: '{{rule}} expr is malformed: {{problem}}',
    },
  },
  check(ctx) {
    for (const r of allRules(ctx.root)) {
      const expr = r.rule.expr;
      const rule = describeRule(r);
      if (expr === undefined) {
        ctx.report({ messageId: 'missing', data: { rule }, at: r.kind ? [...r.path, r.kind] : r.path });
        continue;
      }
      const at = [...r.path, 'expr'];
      if (typeof expr === 'number') continue;
      if (expr === null || (typeof expr === 'string' && expr.trim() === '')) {
        ctx.report({ messageId: 'empty', data: { rule }, at });
        continue;
      }
      if (typeof expr !== 'string') {
        ctx.report({ messageId: 'notString', data: { rule }, at });
        continue;
      }
      const problem = findExpressionProblem(expr);
      if (problem) ctx.report({ messageId: 'malformed', data: { rule, problem }, at });
    }
  },
});
