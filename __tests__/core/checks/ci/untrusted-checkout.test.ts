import check from '../../../../src/core/checks/ci/untrusted-checkout';
import { describeCheck } from '../../../helpers/check-cases';
import { CHECKOUT, PR_WORKFLOW } from '../../../helpers/workflows';

const target = (withBlock: string, on = 'pull_request_target') =>
  `on: ${on}\npermissions: { contents: read }\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ${CHECKOUT}\n        with:\n${withBlock}      - run: npm ci && npm test\n`;
/** A workflow_run job whose checkout reads the head SHA through env (workflow-level env, as promote.yml does), with an optional job `if:`. */
const viaEnv = (condition?: string) =>
  `on:\n  workflow_run:\n    workflows: [ci]\n    types: [completed]\nenv:\n  SHA: \${{ github.event.workflow_run.head_sha }}\njobs:\n  deploy:\n${condition ? `    if: ${condition}\n` : ''}    runs-on: ubuntu-latest\n    steps:\n      - uses: ${CHECKOUT}\n        with:\n          ref: \${{ env.SHA }}\n      - run: make deploy\n`;

describeCheck(check, {
  defaultFile: '.github/workflows/pr-target.yml',
  valid: [
    { name: 'pull_request may check out the head', code: target('          ref: ${{ github.event.pull_request.head.sha }}\n', 'pull_request') },
    { name: 'pull_request_target on the base commit', code: target('          persist-credentials: false\n') },
    {
      name: 'a workflow_run stage that only downloads an artifact',
      code: 'on:\n  workflow_run:\n    workflows: [readiness]\n    types: [completed]\njobs:\n  comment:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093\n',
    },
    { name: 'an ordinary PR workflow', code: PR_WORKFLOW },
    {
      name: "a workflow_run job guarded to this repository's own runs (not a fork's pull request)",
      code: viaEnv("github.event.workflow_run.conclusion == 'success' && github.event.workflow_run.head_repository.full_name == github.repository"),
    },
  ],
  invalid: [
    {
      name: 'pull_request_target checking out the head SHA',
      code: target('          ref: ${{ github.event.pull_request.head.sha }}\n'),
      errors: [
        {
          line: 9,
          messageId: 'checkout',
          message: 'runs on pull_request_target and job "build" checks out the pull request (${{ github.event.pull_request.head.sha }})',
        },
      ],
    },
    { name: 'refs/pull/N/merge', code: target('          ref: refs/pull/${{ github.event.number }}/merge\n'), errors: [{ line: 9 }] },
    {
      name: 'workflow_run checking out the head branch',
      code: target('          ref: ${{ github.event.workflow_run.head_branch }}\n', 'workflow_run'),
      errors: [{ line: 9, message: 'runs on workflow_run' }],
    },
    {
      name: 'the head SHA reached through env: is the same checkout',
      code: viaEnv(),
      errors: [{ line: 13, message: 'checks out the pull request (${{ env.SHA }})' }],
    },
    {
      name: 'a guard on the conclusion only does not keep forks out',
      code: viaEnv("github.event.workflow_run.conclusion == 'success'"),
      errors: [{ line: 14 }],
    },
    {
      name: "the fork's repository",
      code: target('          repository: ${{ github.event.pull_request.head.repo.full_name }}\n          ref: ${{ github.head_ref }}\n'),
      errors: [{ line: 10 }],
    },
  ],
  notApplicable: [{ name: 'no workflows', files: { 'README.md': '# x\n' } }],
});
