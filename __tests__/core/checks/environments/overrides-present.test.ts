import check from '../../../../src/core/checks/environments/overrides-present';
import { describeCheck } from '../../../helpers/check-cases';

const BASE = 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n';
const OVERRIDE = 'services:\n  mcp-fetch:\n    restart: always\n';
const WEB = 'services:\n  web:\n    image: nginx:1.27\n';
/** Environments from stackgate.yml (the layout alone names only the environments it has directories for). */
const ENVIRONMENTS = { environments: { dev: {}, staging: {}, prod: {} } };

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'stacks/common with stacks/<env> overrides',
      files: {
        'stacks/common/docker-compose.yml': BASE,
        'stacks/dev/docker-compose.yml': OVERRIDE,
        'stacks/staging/docker-compose.yml': OVERRIDE,
        'stacks/prod/docker-compose.yml': OVERRIDE,
      },
    },
    {
      name: 'docker-compose.<env>.yml beside the base file',
      files: {
        'app/docker-compose.yml': BASE,
        'app/docker-compose.dev.yml': OVERRIDE,
        'app/docker-compose.staging.yml': OVERRIDE,
        'app/docker-compose.prod.yml': OVERRIDE,
      },
    },
    {
      name: 'a shared monitoring stack without overrides next to a layered MCP stack',
      files: {
        'stacks/common/docker-compose.yml': BASE,
        'stacks/dev/docker-compose.yml': OVERRIDE,
        'stacks/staging/docker-compose.yml': OVERRIDE,
        'stacks/prod/docker-compose.yml': OVERRIDE,
        'stacks/monitoring/docker-compose.yml': WEB,
      },
    },
    {
      name: 'stacks and environments from stackgate.yml',
      files: { 'deploy/base.yml': BASE, 'deploy/live.yml': OVERRIDE, 'deploy/test.yml': OVERRIDE },
      config: {
        environments: { test: {}, live: { production: true } },
        stacks: { mcp: { files: ['deploy/base.yml'], environments: { test: ['deploy/test.yml'], live: ['deploy/live.yml'] } } },
      },
    },
  ],
  invalid: [
    {
      name: 'staging has no override',
      files: { 'stacks/common/docker-compose.yml': BASE, 'stacks/dev/docker-compose.yml': OVERRIDE, 'stacks/prod/docker-compose.yml': OVERRIDE },
      config: ENVIRONMENTS,
      errors: [
        {
          file: 'stacks/common/docker-compose.yml',
          line: 1,
          messageId: 'missing',
          message: 'stack "common" has no override for environment(s) staging; expected stacks/staging/docker-compose.yml',
        },
      ],
    },
    {
      name: 'a single Compose file and nothing per environment',
      code: WEB,
      config: ENVIRONMENTS,
      errors: [{ line: 1, message: 'dev, staging, prod; expected docker-compose.dev.yml, docker-compose.staging.yml, docker-compose.prod.yml' }],
    },
    {
      name: 'docker-compose.override.yml applies to every environment, so it is no environment override',
      files: { 'docker-compose.yml': WEB, 'docker-compose.override.yml': 'services:\n  web:\n    restart: always\n' },
      config: ENVIRONMENTS,
      errors: [{ line: 1, message: 'dev, staging, prod' }],
    },
    {
      name: 'a second stack running MCP servers without overrides',
      files: {
        'stacks/common/docker-compose.yml': WEB,
        'stacks/dev/docker-compose.yml': WEB,
        'stacks/staging/docker-compose.yml': WEB,
        'stacks/prod/docker-compose.yml': WEB,
        'stacks/tools/docker-compose.yml': BASE,
      },
      errors: [{ file: 'stacks/tools/docker-compose.yml', line: 1, message: 'stack "tools"' }],
    },
  ],
  notApplicable: [
    { name: 'no Compose files', files: { 'k8s/app.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' } },
    { name: 'no environments: none configured, no stacks/<env> layout', code: BASE },
    {
      name: 'no environments: docker-compose.override.yml beside the base file names none',
      files: { 'docker-compose.yml': WEB, 'docker-compose.override.yml': 'services:\n  web:\n    restart: always\n' },
    },
  ],
});
