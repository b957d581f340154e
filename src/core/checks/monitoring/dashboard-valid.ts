import { toPlain } from '../../source/yaml-tree';
import { defineCheck } from '../types';
import { dashboardPanels } from './_dashboard-panels';
import { isRecord } from './_rules';

export default defineCheck({
  id: 'monitoring/dashboard-valid',
  target: 'grafana-dashboard',
  meta: {
    title: 'Grafana dashboard is incomplete or inconsistent',
    category: 'observability',
    severity: 'warning',
    rationale:
      'Provisioned dashboards without a `uid` get a new random one on every import, breaking links from alerts and runbooks; without a title or schemaVersion Grafana rejects or silently migrates them; duplicate panel ids make Grafana drop or merge panels, and panels without gridPos are stacked unpredictably, so the MCP overview people open during an incident is not the one that was reviewed.',
    remediation:
      'Export the dashboard from Grafana ("Export for sharing externally" off) or fix the JSON: set `title`, a stable `uid`, `schemaVersion`, unique panel `id`s, and a `gridPos` on every panel.',
    messages: {
      noTitle: 'dashboard has no title',
      noUid: 'dashboard "{{title}}" has no uid, so its URL changes on every import',
      noSchemaVersion: 'dashboard "{{title}}" has no numeric schemaVersion',
      duplicatePanelId: 'panel "{{panel}}" reuses panel id {{id}} (first used by panel "{{first}}")',
      noGridPos: 'panel "{{panel}}" has no gridPos',
    },
  },
  check(ctx) {
    const dash = toPlain(ctx.root);
    if (!isRecord(dash)) return;
    const title = typeof dash.title === 'string' ? dash.title.trim() : '';
    const name = title || '(untitled)';
    if (!title) ctx.report({ messageId: 'noTitle', at: dash.title !== undefined ? ['title'] : [] });
    if (typeof dash.uid !== 'string' || dash.uid.trim() === '')
      ctx.report({ messageId: 'noUid', data: { title: name }, at: dash.uid !== undefined ? ['uid'] : [] });
    if (typeof dash.schemaVersion !== 'number')
      ctx.report({ messageId: 'noSchemaVersion', data: { title: name }, at: dash.schemaVersion !== undefined ? ['schemaVersion'] : [] });
    // Files are recognised as dashboards by their `panels` array, so there is no "panels is not an array" case to report.
    // gridPos arrived with schemaVersion 16 (Grafana 5); older dashboards lay out by rows.
    const usesGridPos = typeof dash.schemaVersion !== 'number' || dash.schemaVersion >= 16;
    const ids = new Map<number, string>();
    for (const p of dashboardPanels(dash)) {
      const id = p.panel.id;
      if (typeof id === 'number') {
        const first = ids.get(id);
        if (first !== undefined) ctx.report({ messageId: 'duplicatePanelId', data: { panel: p.title, id, first }, at: [...p.path, 'id'] });
        else ids.set(id, p.title);
      }
      if (usesGridPos && !isRecord(p.panel.gridPos))
        ctx.report({ messageId: 'noGridPos', data: { panel: p.title }, at: p.panel.gridPos !== undefined ? [...p.path, 'gridPos'] : p.path });
    }
  },
});
