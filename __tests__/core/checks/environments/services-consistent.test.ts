import check from '../../../../src/core/checks/environments/services-consistent';
import { describeCheck } from '../../../helpers/check-cases';

const BASE = 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n  worker:\n    image: ghcr.io/acme/worker:1.0\n    profiles: [jobs]\n';
const TWEAK = 'services:\n  mcp-fetch:\n    restart: always\n';
const EXTRA = 'services:\n  mcp-fetch:\n    restart: always\n  cache:\n    image: redis:7.4\n';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'overrides only tweak services',
      files: { 'stacks/common/docker-compose.yml': BASE, 'stacks/staging/docker-compose.yml': TWEAK, 'stacks/prod/docker-compose.yml': TWEAK },
    },
    {
      name: 'dev may run extra services',
      files: { 'stacks/common/docker-compose.yml': BASE, 'stacks/dev/docker-compose.yml': EXTRA, 'stacks/prod/docker-compose.yml': TWEAK },
    },
    {
      name: 'a profile active in staging and production',
      files: { 'stacks/common/docker-compose.yml': BASE },
      config: { environments: { staging: { profiles: ['jobs'] }, prod: { profiles: ['jobs'] } } },
    },
  ],
  invalid: [
    {
      name: 'a service only production runs',
      files: { 'stacks/common/docker-compose.yml': BASE, 'stacks/staging/docker-compose.yml': TWEAK, 'stacks/prod/docker-compose.yml': EXTRA },
      errors: [
        { file: 'stacks/prod/docker-compose.yml', line: 4, messageId: 'untested', message: 'service "cache" of stack common runs in prod but not in staging' },
      ],
    },
    {
      name: 'a service staging runs but production lacks',
      files: { 'stacks/common/docker-compose.yml': BASE, 'stacks/staging/docker-compose.yml': EXTRA, 'stacks/prod/docker-compose.yml': TWEAK },
      errors: [{ file: 'stacks/staging/docker-compose.yml', line: 4, messageId: 'missingInProduction' }],
    },
    {
      name: 'dev directly before prod: extra dev services are fine, extra prod services are not',
      files: {
        'stacks/common/docker-compose.yml': BASE,
        'stacks/dev/docker-compose.yml': EXTRA,
        'stacks/live/docker-compose.yml': 'services:\n  proxy:\n    image: traefik:3.1\n',
      },
      config: { environments: { dev: {}, live: { production: true } } },
      errors: [{ file: 'stacks/live/docker-compose.yml', line: 2, messageId: 'untested', message: 'runs in live but not in dev' }],
    },
    {
      name: 'a profile enabled only in production',
      files: { 'stacks/common/docker-compose.yml': BASE },
      config: { environments: { staging: {}, prod: { profiles: ['jobs'] } } },
      errors: [{ file: 'stacks/common/docker-compose.yml', line: 4, message: '"worker"' }],
    },
  ],
  notApplicable: [
    { name: 'no production environment', code: BASE, config: { environments: { dev: {}, test: {} } } },
    { name: 'production is the only environment', code: BASE, config: { environments: { prod: {} } } },
    { name: 'no Compose files', files: { 'README.md': '# x\n' } },
  ],
});
