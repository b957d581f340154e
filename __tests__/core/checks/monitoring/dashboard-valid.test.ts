import check from '../../../../src/core/checks/monitoring/dashboard-valid';
import { describeCheck } from '../../../helpers/check-cases';

const dashboard = (fields: Record<string, unknown>): string =>
  `${JSON.stringify({ title: 'MCP overview', uid: 'mcp-overview', schemaVersion: 39, panels: [], ...fields }, null, 2)}\n`;
const panel = (id: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  title: `Panel ${id}`,
  type: 'timeseries',
  gridPos: { h: 8, w: 12, x: 0, y: 0 },
  ...extra,
});

describeCheck(check, {
  defaultFile: 'dashboards/mcp.json',
  valid: [
    { name: 'complete', code: dashboard({ panels: [panel(1), panel(2)] }) },
    {
      name: 'collapsed row with nested panels',
      code: dashboard({ panels: [panel(1, { type: 'row', panels: [panel(2), panel(3)] }), panel(4)] }),
    },
    {
      name: 'wrapped in {dashboard: ...} (API export)',
      code: `${JSON.stringify({ meta: {}, dashboard: JSON.parse(dashboard({ panels: [panel(1)] })) }, null, 2)}\n`,
    },
    { name: 'old schema without gridPos', code: dashboard({ schemaVersion: 14, panels: [{ id: 1, title: 'p', type: 'graph' }] }) },
  ],
  invalid: [
    {
      name: 'no uid, no schemaVersion: reported at the dashboard',
      code: '{\n  "title": "MCP",\n  "panels": []\n}\n',
      errors: [
        { line: 1, messageId: 'noSchemaVersion', message: '"MCP"' },
        { line: 1, messageId: 'noUid', message: 'its URL changes' },
      ],
    },
    {
      name: 'empty title',
      code: '{\n  "title": "",\n  "uid": "x",\n  "schemaVersion": 39,\n  "panels": []\n}\n',
      errors: [{ line: 2, messageId: 'noTitle' }],
    },
    {
      name: 'duplicate panel id in a row, and a panel without gridPos',
      code: dashboard({ panels: [panel(1), panel(2, { type: 'row', panels: [panel(1, { title: 'Errors' })] }), { id: 3, title: 'Latency', type: 'stat' }] }),
      errors: [
        { line: 29, messageId: 'duplicatePanelId', message: 'panel "Errors" reuses panel id 1 (first used by panel "Panel 1")' },
        { line: 41, messageId: 'noGridPos', message: '"Latency"' },
      ],
    },
  ],
});
