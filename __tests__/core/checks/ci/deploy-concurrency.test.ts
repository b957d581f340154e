import check from '../../../../src/core/checks/ci/deploy-concurrency';
import { describeCheck } from '../../../helpers/check-cases';
import { DEPLOY_WORKFLOW, PR_WORKFLOW } from '../../../helpers/workflows';

describeCheck(check, {
  defaultFile: '.github/workflows/deploy.yml',
  valid: [
    { name: 'a workflow-level concurrency group', code: DEPLOY_WORKFLOW },
    {
      name: 'a job-level group',
      code: 'on: push\njobs:\n  dev:\n    runs-on: ubuntu-latest\n    environment: dev\n    concurrency: { group: deploy-dev }\n    steps: [{ run: ./deploy.sh }]\n',
    },
  ],
  invalid: [
    {
      name: 'environments without a group',
      code: DEPLOY_WORKFLOW.replace('concurrency: deploy\n', ''),
      errors: [
        { line: 11, messageId: 'none', message: 'job "dev" deploys to dev without a concurrency group' },
        { line: 19, message: 'deploys to staging' },
        { line: 26, message: 'deploys to prod' },
      ],
    },
  ],
  notApplicable: [
    { name: 'no workflows', files: { 'README.md': '# x\n' } },
    { name: 'no job deploys', code: PR_WORKFLOW },
  ],
});
