import check from '../../../../src/core/checks/environments/production-defined';
import { describeCheck } from '../../../helpers/check-cases';

const BASE = 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n';
const DEPLOYMENT =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: mcp-fetch\n  namespace: mcp-prod\nspec:\n  template:\n    spec:\n      containers:\n        - name: fetch\n          image: ghcr.io/acme/mcp-fetch:1.0\n';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'stacks/prod override',
      files: { 'stacks/common/docker-compose.yml': BASE, 'stacks/prod/docker-compose.yml': 'services:\n  mcp-fetch:\n    restart: always\n' },
    },
    { name: 'production named in stackgate.yml, running the base stack', code: BASE, config: { environments: { staging: {}, live: { production: true } } } },
    { name: 'Kubernetes manifests in a production namespace', files: { 'k8s/fetch.yaml': DEPLOYMENT } },
    {
      name: 'Kubernetes manifests in a configured production path',
      files: { 'deploy/site-a/fetch.yaml': DEPLOYMENT.replace('mcp-prod', 'mcp') },
      config: { environments: { main: { production: true, kubernetes: { paths: ['deploy/**'] } } } },
    },
  ],
  invalid: [
    {
      name: 'a stacks/<env> layout without a production environment',
      files: { 'stacks/common/docker-compose.yml': BASE, 'stacks/dev/docker-compose.yml': 'services: {}\n', 'README.md': '# x\n' },
      errors: [{ file: 'README.md', line: 1, messageId: 'noProduction', message: 'none of the environments (dev) is a production environment' }],
    },
    {
      name: 'a dev override with dev named in stackgate.yml',
      files: { 'docker-compose.yml': BASE, 'docker-compose.dev.yml': 'services: {}\n' },
      config: { environments: { dev: {} } },
      errors: [{ file: '.', line: 1, messageId: 'noProduction', message: '(dev)' }],
    },
    {
      name: 'production configured, its manifests nowhere',
      files: { 'k8s/fetch.yaml': DEPLOYMENT.replace('mcp-prod', 'mcp-staging') },
      config: { environments: { staging: {}, prod: {} } },
      errors: [{ file: '.', line: 1, messageId: 'empty', message: 'production environment(s) prod have no deployment of their own' }],
    },
    {
      name: 'no environment is production',
      code: BASE,
      config: { environments: { dev: {}, test: {} } },
      errors: [{ file: '.', line: 1, messageId: 'noProduction', message: '(dev, test)' }],
    },
    {
      name: 'Kubernetes manifests only in a staging namespace',
      files: { 'k8s/fetch.yaml': DEPLOYMENT.replace('mcp-prod', 'mcp-staging') },
      errors: [{ file: '.', line: 1, messageId: 'noProduction', message: '(staging)' }],
    },
  ],
  notApplicable: [
    { name: 'nothing deployed', files: { 'README.md': '# x\n' } },
    { name: 'no environments: a single Compose file, nothing configured', code: BASE, files: { 'README.md': '# x\n' } },
    { name: 'no environments: manifests of no known environment', files: { 'k8s/fetch.yaml': DEPLOYMENT.replace('mcp-prod', 'mcp') } },
    {
      name: 'only a development override beside the base file: the base is what is deployed',
      files: { 'docker-compose.yml': BASE, 'docker-compose-dev.yml': 'services:\n  mcp-fetch:\n    build: .\n', 'README.md': '# x\n' },
    },
    {
      name: 'dev and staging overrides beside the base file',
      files: { 'docker-compose.yml': BASE, 'docker-compose.dev.yml': 'services: {}\n', 'docker-compose.staging.yml': 'services: {}\n' },
    },
  ],
});
