import check from '../../../../src/core/checks/ci/script-injection';
import { describeCheck } from '../../../helpers/check-cases';
import { PR_WORKFLOW, prJob } from '../../../helpers/workflows';

describeCheck(check, {
  defaultFile: '.github/workflows/triage.yml',
  valid: [
    { name: 'untrusted text through env, quoted', code: prJob('      - env:\n          TITLE: ${{ github.event.pull_request.title }}\n        run: echo "$TITLE"\n') },
    { name: 'trusted contexts in a script', code: prJob('      - run: echo "${{ github.sha }} ${{ github.event.pull_request.number }} ${{ github.event.pull_request.head.sha }}"\n') },
    { name: 'github-script reading the payload', code: prJob('      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea\n        with:\n          script: console.log(context.payload.pull_request.title)\n') },
    { name: 'no scripts', code: PR_WORKFLOW },
  ],
  invalid: [
    {
      name: 'a pull request title and branch in run',
      code: prJob('      - run: |\n          echo "Checking ${{ github.event.pull_request.title }}"\n          git push origin ${{ github.head_ref }}\n          echo "${{github.event.pull_request.title}}"\n'),
      errors: [
        { line: 8, messageId: 'injection', message: 'job "check" expands ${{ github.event.pull_request.title }} into a run: script' },
        { line: 8, message: '${{ github.head_ref }}' },
      ],
    },
    {
      name: 'an issue comment in github-script',
      code: prJob('      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea\n        with:\n          script: |\n            const body = `${{ github.event.comment.body }}`\n', 'issue_comment'),
      errors: [{ line: 10, message: 'into a github-script script' }],
    },
    { name: 'a commit message on push', code: prJob('      - run: echo ${{ github.event.head_commit.message }}\n', 'push'), errors: [{ line: 8 }] },
  ],
  notApplicable: [{ name: 'no workflows', files: { 'README.md': '# x\n' } }],
});
