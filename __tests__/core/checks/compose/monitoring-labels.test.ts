import check from '../../../../src/core/checks/compose/monitoring-labels';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'map syntax', code: 'services:\n  web:\n    image: x:1\n    labels:\n      com.mcp.type: server\n' },
    { name: 'list syntax', code: 'services:\n  web:\n    image: x:1\n    labels:\n      - "com.mcp.type=server"\n' },
    {
      name: 'custom required labels',
      code: 'services:\n  web:\n    image: x:1\n    labels:\n      prometheus.io/scrape: "true"\n',
      config: { checks: { 'compose/monitoring-labels': { options: { required: ['prometheus.io/scrape'] } } } },
    },
    {
      name: 'base (list) and override (map) labels merge',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: x:1\n    labels: ["com.mcp.type=server"]\n',
        'stacks/prod/docker-compose.yml': 'services:\n  web:\n    labels:\n      team: platform\n',
      },
      config: { checks: { 'compose/monitoring-labels': { options: { required: ['com.mcp.type', 'team'] } } }, environments: { prod: {} } },
    },
  ],
  invalid: [
    {
      name: 'no labels',
      code: 'services:\n  web:\n    image: x:1\n',
      errors: [{ line: 2, messageId: 'missing', message: 'service "web" is missing monitoring label(s) com.mcp.type' }],
    },
    {
      name: 'other labels only, several required',
      code: 'services:\n  web:\n    image: x:1\n    labels:\n      - team=platform\n',
      config: { checks: { 'compose/monitoring-labels': { options: { required: ['com.mcp.type', 'com.mcp.port'] } } } },
      errors: [{ line: 4, messageId: 'missing', message: 'com.mcp.type, com.mcp.port' }],
    },
  ],
});
