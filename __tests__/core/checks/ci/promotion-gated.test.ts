import check from '../../../../src/core/checks/ci/promotion-gated';
import { describeCheck } from '../../../helpers/check-cases';
import { DEPLOY_WORKFLOW, PR_WORKFLOW } from '../../../helpers/workflows';

const REUSABLE_CALLER = `on: workflow_dispatch
jobs:
  staging:
    uses: ./.github/workflows/deploy-env.yml
    with: { environment: staging }
  prod:
    needs: staging
    uses: ./.github/workflows/deploy-env.yml
    with: { environment: prod }
`;

/** The environments, from stackgate.yml: a repository names them, none are invented. */
const ENVIRONMENTS = { environments: { dev: {}, staging: {}, prod: {} } };

describeCheck(check, {
  defaultFile: '.github/workflows/deploy.yml',
  valid: [
    { name: 'staging and prod jobs under their environments', code: DEPLOY_WORKFLOW, config: ENVIRONMENTS },
    { name: 'calls of a reusable workflow with the environment as input', code: REUSABLE_CALLER, config: ENVIRONMENTS },
    {
      name: 'the environments of stackgate.yml',
      code: 'on: workflow_dispatch\njobs:\n  live:\n    runs-on: ubuntu-latest\n    environment: live\n    steps: [{ run: ./deploy.sh }]\n',
      files: { 'stackgate.yml': 'environments:\n  lab: {}\n  live: { production: true }\n' },
    },
  ],
  invalid: [
    {
      name: 'prod deployed without an environment',
      code: DEPLOY_WORKFLOW.replace('    environment: prod\n', ''),
      config: ENVIRONMENTS,
      errors: [{ file: '.github/workflows/deploy.yml', line: 1, messageId: 'missing', message: 'environment(s) prod, so' }],
    },
    {
      name: 'no promotion at all, reported at stackgate.yml',
      files: { '.github/workflows/pr.yml': PR_WORKFLOW, 'stackgate.yml': 'environments: { dev: {}, staging: {}, prod: {} }\n' },
      errors: [{ file: 'stackgate.yml', line: 1, message: 'staging, prod' }],
    },
  ],
  notApplicable: [
    { name: 'no workflows', files: { 'README.md': '# x\n' } },
    { name: 'no environments configured and no stacks/<env> layout', code: DEPLOY_WORKFLOW },
    { name: 'a single environment', files: { '.github/workflows/pr.yml': PR_WORKFLOW, 'stackgate.yml': 'environments:\n  prod: { production: true }\n' } },
  ],
});
