import { toPlain, type TreePath } from '../../source/yaml-tree';
import { defineCheck } from '../types';
import { dashboardPanels } from './_dashboard-panels';
import { isRecord } from './_rules';

/** Built-in pseudo datasources that exist in every Grafana. */
const BUILT_IN = new Set(['-- grafana --', '-- mixed --', '-- dashboard --', 'grafana', 'default', '']);

/** The hard-coded datasource name or uid a `datasource` value names, or undefined when it is a variable, a built-in or the default. */
function hardCoded(datasource: unknown): string | undefined {
  const ref = typeof datasource === 'string' ? datasource : isRecord(datasource) ? datasource.uid : undefined;
  if (typeof ref !== 'string') return undefined;
  const v = ref.trim();
  if (v.startsWith('$') || v.startsWith('[[') || BUILT_IN.has(v.toLowerCase())) return undefined;
  return v;
}

export default defineCheck({
  id: 'monitoring/dashboard-datasource',
  target: 'grafana-dashboard',
  meta: {
    title: 'Dashboard hard-codes a datasource',
    category: 'operations',
    severity: 'info',
    rationale:
      'A datasource uid or name baked into panels only exists in the Grafana the dashboard was exported from: provisioned into staging or prod, or after the datasource is recreated, the panels show "datasource not found" exactly when someone needs them.',
    remediation:
      'Add a datasource template variable (`templating.list: [{ name: datasource, type: datasource, query: prometheus }]`) and reference it from panels and targets as `{"type": "prometheus", "uid": "${datasource}"}`; or export with "Export for sharing externally" to get `${DS_...}` inputs.',
    messages: {
      panel: 'panel "{{panel}}" uses hard-coded datasource "{{datasource}}" instead of a template variable',
      variable: 'template variable "{{variable}}" uses hard-coded datasource "{{datasource}}" instead of a template variable',
    },
  },
  check(ctx) {
    const dash = toPlain(ctx.root);
    if (!isRecord(dash)) return;
    for (const p of dashboardPanels(dash)) {
      const candidates: [unknown, TreePath][] = [[p.panel.datasource, [...p.path, 'datasource']]];
      if (Array.isArray(p.panel.targets))
        p.panel.targets.forEach((t, ti) => isRecord(t) && candidates.push([t.datasource, [...p.path, 'targets', ti, 'datasource']]));
      for (const [ds, at] of candidates) {
        const datasource = hardCoded(ds);
        if (datasource === undefined) continue;
        ctx.report({ messageId: 'panel', data: { panel: p.title, datasource }, at });
        break;
      }
    }
    const templating = isRecord(dash.templating) ? dash.templating.list : undefined;
    if (!Array.isArray(templating)) return;
    templating.forEach((v, i) => {
      if (!isRecord(v) || v.type === 'datasource') return;
      const datasource = hardCoded(v.datasource);
      if (datasource === undefined) return;
      ctx.report({ messageId: 'variable', data: { variable: String(v.name ?? i + 1), datasource }, at: ['templating', 'list', i, 'datasource'] });
    });
  },
});
