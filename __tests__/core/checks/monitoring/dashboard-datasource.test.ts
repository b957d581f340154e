import check from '../../../../src/core/checks/monitoring/dashboard-datasource';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'mcp-dashboard.json',
  valid: [
    {
      name: 'template variables and built-ins',
      code: `${JSON.stringify(
        {
          title: 'MCP',
          panels: [
            { id: 1, datasource: { type: 'prometheus', uid: '${datasource}' }, targets: [{ datasource: { type: 'prometheus', uid: '$datasource' } }] },
            { id: 2, datasource: '${DS_PROMETHEUS}' },
            { id: 3, datasource: '-- Mixed --', targets: [{ datasource: { type: 'prometheus' } }] },
            { id: 4, datasource: null },
          ],
          templating: {
            list: [
              { name: 'datasource', type: 'datasource', query: 'prometheus' },
              { name: 'job', type: 'query', datasource: '$datasource' },
            ],
          },
        },
        null,
        2,
      )}\n`,
    },
  ],
  invalid: [
    {
      name: 'hard-coded uid on a panel and a target; one finding per panel',
      code: '{\n  "title": "MCP",\n  "panels": [\n    {\n      "id": 1,\n      "title": "Requests",\n      "datasource": { "type": "prometheus", "uid": "P1809F7CD0C75ACF3" },\n      "targets": [{ "datasource": { "type": "prometheus", "uid": "P1809F7CD0C75ACF3" } }]\n    },\n    {\n      "id": 2,\n      "title": "Errors",\n      "targets": [{ "datasource": "Prometheus-prod" }]\n    }\n  ]\n}\n',
      errors: [
        { line: 7, messageId: 'panel', message: 'panel "Requests" uses hard-coded datasource "P1809F7CD0C75ACF3"' },
        { line: 13, messageId: 'panel', message: '"Prometheus-prod"' },
      ],
    },
    {
      name: 'template variable query',
      code: '{\n  "title": "MCP",\n  "panels": [],\n  "templating": {\n    "list": [\n      { "name": "job", "type": "query", "datasource": "Prometheus" }\n    ]\n  }\n}\n',
      errors: [{ line: 6, messageId: 'variable', message: 'template variable "job"' }],
    },
  ],
});
