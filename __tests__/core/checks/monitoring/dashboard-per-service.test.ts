import check from '../../../../src/core/checks/monitoring/dashboard-per-service';
import { describeCheck } from '../../../helpers/check-cases';

const COMPOSE =
  'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n    expose: ["8504"]\n  mcp-github:\n    image: ghcr.io/acme/mcp-github:0.9\n    expose: ["8506"]\n';
const PROMETHEUS = 'scrape_configs:\n  - job_name: mcp\n    static_configs:\n      - targets: ["mcp-fetch:8504", "mcp-github:8506"]\n';
const dashboard = (panels: unknown[], variables: unknown[] = []) => JSON.stringify({ title: 'MCP', panels, templating: { list: variables } }, null, 2);
const panel = (title: string, expr: string) => ({ type: 'timeseries', title, targets: [{ refId: 'A', expr }] });
const repo = (json: string) => ({ 'docker-compose.yml': COMPOSE, 'prometheus.yml': PROMETHEUS, 'grafana/mcp.json': json });

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'a panel query on the job that scrapes them', files: repo(dashboard([panel('Up', 'up{job="mcp"}')])) },
    {
      name: 'panel titles name each service',
      files: repo(dashboard([panel('mcp-fetch requests', 'rate(a[5m])'), panel('mcp-github requests', 'rate(b[5m])')])),
    },
    {
      name: 'a template variable over the job',
      files: repo(
        dashboard([panel('Up', 'up{mcp_server=~"$server"}')], [{ name: 'server', type: 'query', query: { query: 'label_values(up{job="mcp"}, mcp_server)' } }]),
      ),
    },
    { name: 'a regex matcher that names them', files: repo(dashboard([panel('Up', 'up{mcp_server=~"mcp-(fetch|github)"}')])) },
    {
      name: "a variable's All value",
      files: repo(dashboard([panel('Up', 'up{mcp_server=~"$server"}')], [{ name: 'server', type: 'custom', allValue: 'mcp-.*', options: [] }])),
    },
    {
      name: "a variable's values",
      files: repo(
        dashboard(
          [],
          [
            {
              name: 'server',
              type: 'custom',
              options: [
                { text: 'mcp-fetch', value: 'mcp-fetch' },
                { text: 'mcp-github', value: 'mcp-github' },
              ],
            },
          ],
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'only one of the services has a panel',
      files: repo(dashboard([panel('Fetch', 'up{mcp_server="mcp-fetch"}')])),
      errors: [{ line: 5, messageId: 'missing', message: '"mcp-github" appears in no Grafana dashboard (1 dashboard checked)' }],
    },
    {
      name: 'no dashboards at all',
      files: { 'docker-compose.yml': COMPOSE },
      errors: [
        { line: 2, message: 'the repository has no dashboard JSON' },
        { line: 5, message: '"mcp-github"' },
      ],
    },
    {
      name: 'a match-everything regex and an unexpanded variable select nothing in particular',
      files: repo(dashboard([panel('All', 'up{mcp_server=~".*"}'), panel('Var', 'up{mcp_server=~"$server"}')])),
      errors: [{ line: 2 }, { line: 5 }],
    },
    {
      name: 'a job matcher on a job that does not scrape them',
      files: repo(dashboard([panel('Node', 'up{job="node"}')])),
      errors: [{ line: 2 }, { line: 5 }],
    },
  ],
  notApplicable: [
    { name: 'no MCP services', code: 'services:\n  web:\n    image: nginx:1.27\n', files: { 'grafana/web.json': dashboard([panel('web', 'up')]) } },
  ],
});
