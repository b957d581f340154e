import check from '../../../../src/core/checks/ci/deploy-on-merge';
import { describeCheck } from '../../../helpers/check-cases';
import { DEPLOY_WORKFLOW, PR_WORKFLOW } from '../../../helpers/workflows';

const pushJob = (job: string) => `on:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n${job}`;

/** The environments, from stackgate.yml: a repository names them, none are invented. */
const ENVIRONMENTS = { environments: { dev: {}, staging: {}, prod: {} } };

describeCheck(check, {
  defaultFile: '.github/workflows/deploy.yml',
  valid: [
    { name: 'a push workflow with a dev environment job', code: DEPLOY_WORKFLOW, config: ENVIRONMENTS },
    {
      name: 'stackgate deploy without an environment key',
      code: pushJob('    steps:\n      - uses: acme/stackgate/actions/deploy@v1\n        with: { environment: dev }\n'),
      config: ENVIRONMENTS,
    },
    {
      name: 'the first environment of stackgate.yml',
      code: pushJob('    environment: edge-lab\n    steps:\n      - run: ./scripts/deploy.sh\n'),
      files: { 'stackgate.yml': 'environments:\n  edge-lab: {}\n  prod: { production: true }\n' },
    },
    {
      name: 'an environment chosen by expression',
      code: pushJob("    environment: ${{ github.ref_name == 'main' && 'dev' || 'preview' }}\n    steps:\n      - run: ./deploy.sh\n"),
      config: ENVIRONMENTS,
    },
  ],
  invalid: [
    {
      name: 'deploys only on a manual trigger',
      code: DEPLOY_WORKFLOW.replace('  push:\n    branches: [main]', '  workflow_dispatch:'),
      config: ENVIRONMENTS,
      errors: [{ line: 1, messageId: 'none', message: 'no workflow deploys to dev' }],
    },
    {
      name: 'only a pull request workflow, environments of the stacks/<env> layout',
      files: {
        '.github/workflows/pr.yml': PR_WORKFLOW,
        'stacks/common/docker-compose.yml': 'services:\n  app:\n    image: app:1\n',
        'stacks/dev/docker-compose.yml': 'services: {}\n',
        'stacks/prod/docker-compose.yml': 'services: {}\n',
      },
      errors: [{ file: '.github/workflows/pr.yml', line: 1, message: 'no workflow deploys to dev' }],
    },
    {
      name: 'a push job for another environment',
      code: pushJob('    environment: prod\n    steps:\n      - run: ./deploy.sh\n'),
      config: ENVIRONMENTS,
      errors: [{ line: 1, message: '`environment: dev`' }],
    },
  ],
  notApplicable: [
    { name: 'no workflows', files: { 'README.md': '# x\n' } },
    { name: 'no environments configured and no stacks/<env> layout', files: { '.github/workflows/pr.yml': PR_WORKFLOW, 'compose.yml': 'services: {}\n' } },
  ],
});
