import check from '../../../../src/core/checks/secrets/env-files-ignored';
import { describeCheck } from '../../../helpers/check-cases';

const COMPOSE = 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      GITHUB_TOKEN: ${GITHUB_TOKEN}\n';
const NO_VARIABLES = 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      PRICE: $$5\n';

describeCheck(check, {
  defaultFile: '.gitignore',
  valid: [
    { name: '.env ignored everywhere', code: 'node_modules/\n.env\n', files: { 'stacks/common/docker-compose.yml': COMPOSE } },
    {
      name: '*.env and .env.* with the example kept',
      code: '*.env\n.env.*\n!.env.example\n',
      files: { 'docker-compose.yml': COMPOSE, '.env.example': 'GITHUB_TOKEN=\n' },
    },
    {
      name: 'a nested .gitignore covers the Compose project directory',
      code: '/.env\n',
      files: { 'stacks/common/docker-compose.yml': COMPOSE, 'stacks/common/.gitignore': '.env\n' },
    },
  ],
  invalid: [
    {
      name: 'no .gitignore at all',
      files: { 'docker-compose.yml': COMPOSE },
      errors: [{ file: '.', line: 1, messageId: 'notIgnored', message: '.env files are not git-ignored: .env;' }],
    },
    {
      name: '.gitignore without .env',
      code: 'node_modules/\ndist/\n',
      files: { 'docker-compose.yml': COMPOSE },
      errors: [{ line: 1, message: 'not git-ignored: .env;' }],
    },
    {
      name: 'only the root .env is ignored, not the one Compose reads next to the stack',
      code: '/.env\n',
      files: { 'stacks/common/docker-compose.yml': COMPOSE },
      errors: [{ line: 1, message: 'not git-ignored: stacks/common/.env;' }],
    },
    {
      name: 'a stack with a $VAR in an override file',
      code: 'node_modules/\n',
      files: { 'docker-compose.yml': NO_VARIABLES, 'docker-compose.override.yml': 'services:\n  web:\n    image: nginx:$TAG\n' },
      errors: [{ line: 1, message: 'not git-ignored: .env;' }],
    },
    {
      name: 'a committed .env.production',
      code: '.env\n',
      files: { 'docker-compose.yml': COMPOSE, '.env.production': 'DB_PASSWORD=change-me\n', '.env.sample': 'DB_PASSWORD=\n' },
      errors: [{ line: 1, message: 'not git-ignored: .env.production (in the tree);' }],
    },
    {
      name: 'a committed .env in a repository without Compose',
      code: 'node_modules/\n',
      files: { 'k8s/deployment.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n', 'app/.env': 'API_URL=http://localhost\n' },
      errors: [{ line: 1, message: 'not git-ignored: app/.env (in the tree);' }],
    },
  ],
  notApplicable: [
    {
      name: 'a Compose stack that interpolates no variable ($$ is a literal dollar) has no use for a .env',
      code: 'node_modules/\n',
      files: { 'pxe/docker-compose.yml': NO_VARIABLES },
    },
    {
      name: 'a .env among test fixtures is committed on purpose',
      code: 'node_modules/\n',
      files: { 'src/index.ts': 'export {};\n', 'tests/fixtures/.env': 'API_URL=http://localhost\n' },
    },
    {
      name: 'Kubernetes manifests only: nothing reads a .env file',
      code: 'node_modules/\n',
      files: { 'k8s/configmap.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' },
    },
  ],
});
