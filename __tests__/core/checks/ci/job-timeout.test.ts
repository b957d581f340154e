import check from '../../../../src/core/checks/ci/job-timeout';
import { describeCheck } from '../../../helpers/check-cases';
import { DEPLOY_WORKFLOW } from '../../../helpers/workflows';

describeCheck(check, {
  defaultFile: '.github/workflows/ci.yml',
  valid: [
    { name: 'every job has a timeout', code: DEPLOY_WORKFLOW },
    { name: "a reusable workflow call takes its own jobs' timeouts", code: 'on: push\njobs:\n  deploy:\n    uses: ./.github/workflows/deploy-env.yml\n' },
  ],
  invalid: [
    {
      name: 'one job without',
      code: 'on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps: [{ run: "true" }]\n  smoke:\n    runs-on: ubuntu-latest\n    steps: [{ run: "true" }]\n',
      errors: [{ line: 7, messageId: 'none', message: 'job "smoke" sets no timeout-minutes' }],
    },
  ],
  notApplicable: [{ name: 'no workflows', files: { 'README.md': '# x\n' } }],
});
