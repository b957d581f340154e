import check from '../../../../src/core/checks/ci/deploy-on-merge';
import { describeCheck } from '../../../helpers/check-cases';
import { DEPLOY_WORKFLOW, PR_WORKFLOW } from '../../../helpers/workflows';

const pushJob = (job: string) => `on:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n${job}`;

describeCheck(check, {
  defaultFile: '.github/workflows/deploy.yml',
  valid: [
    { name: 'a push workflow with a dev environment job', code: DEPLOY_WORKFLOW },
    {
      name: 'stackgate deploy without an environment key',
      code: pushJob('    steps:\n      - uses: acme/stackgate/actions/deploy@v1\n        with: { environment: dev }\n'),
    },
    {
      name: 'the first environment of stackgate.yml',
      code: pushJob('    environment: edge-lab\n    steps:\n      - run: ./scripts/deploy.sh\n'),
      files: { 'stackgate.yml': 'environments:\n  edge-lab: {}\n  prod: { production: true }\n' },
    },
    {
      name: 'an environment chosen by expression',
      code: pushJob("    environment: ${{ github.ref_name == 'main' && 'dev' || 'preview' }}\n    steps:\n      - run: ./deploy.sh\n"),
    },
  ],
  invalid: [
    {
      name: 'deploys only on a manual trigger',
      code: DEPLOY_WORKFLOW.replace('  push:\n    branches: [main]', '  workflow_dispatch:'),
      errors: [{ line: 1, messageId: 'none', message: 'no workflow deploys to dev' }],
    },
    { name: 'only a pull request workflow', files: { '.github/workflows/pr.yml': PR_WORKFLOW }, errors: [{ file: '.github/workflows/pr.yml', line: 1 }] },
    {
      name: 'a push job for another environment',
      code: pushJob('    environment: prod\n    steps:\n      - run: ./deploy.sh\n'),
      errors: [{ line: 1, message: '`environment: dev`' }],
    },
  ],
  notApplicable: [{ name: 'no workflows', files: { 'README.md': '# x\n' } }],
});
