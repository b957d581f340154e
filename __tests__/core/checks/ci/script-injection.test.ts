import check from '../../../../src/core/checks/ci/script-injection';
import { describeCheck } from '../../../helpers/check-cases';
import { PR_WORKFLOW, prJob } from '../../../helpers/workflows';

const MATRIX_FROM_STACKS = `on: pull_request
permissions: { contents: read }
jobs:
  validate:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    outputs:
      stacks: \${{ steps.validate.outputs.stacks }}
    steps:
      - id: validate
        uses: acme/stackgate/actions/validate@0123456789abcdef0123456789abcdef01234567
  per-stack:
    needs: validate
    runs-on: ubuntu-latest
    timeout-minutes: 5
    strategy:
      matrix:
        stack: \${{ fromJSON(needs.validate.outputs.stacks) }}
        include:
          - stack: fixed
            extra: literal
    steps:
      - run: echo "stack \${{ matrix.stack }} changed"
      - run: echo '\${{ needs.validate.outputs.stacks }}'
`;

describeCheck(check, {
  defaultFile: '.github/workflows/triage.yml',
  valid: [
    {
      name: 'untrusted text through env, quoted',
      code: prJob('      - env:\n          TITLE: ${{ github.event.pull_request.title }}\n        run: echo "$TITLE"\n'),
    },
    {
      name: 'trusted contexts in a script',
      code: prJob('      - run: echo "${{ github.sha }} ${{ github.event.pull_request.number }} ${{ github.event.pull_request.head.sha }}"\n'),
    },
    {
      name: 'github-script reading the payload',
      code: prJob(
        '      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea\n        with:\n          script: console.log(context.payload.pull_request.title)\n',
      ),
    },
    { name: 'no scripts', code: PR_WORKFLOW },
    {
      name: 'stack names passed through env and quoted',
      code: MATRIX_FROM_STACKS.replace(
        / {6}- run: echo "stack \$\{\{ matrix\.stack \}\} changed"\n {6}- run: echo '\$\{\{ needs\.validate\.outputs\.stacks \}\}'\n/,
        '      - env: { STACK: "${{ matrix.stack }}" }\n        run: echo "stack $STACK changed"\n',
      ),
    },
    {
      name: 'a matrix of literals and trusted outputs',
      code: prJob('      - run: echo ${{ matrix.node }} ${{ needs.build.outputs.version }} ${{ steps.x.outputs.y }} ${{ env.HOME_DIR }}\n'),
    },
  ],
  invalid: [
    {
      name: 'a pull request title and branch in run',
      code: prJob(
        '      - run: |\n          echo "Checking ${{ github.event.pull_request.title }}"\n          git push origin ${{ github.head_ref }}\n          echo "${{github.event.pull_request.title}}"\n',
      ),
      errors: [
        { line: 8, messageId: 'injection', message: 'job "check" expands ${{ github.event.pull_request.title }} into a run: script' },
        { line: 8, message: '${{ github.head_ref }}' },
      ],
    },
    {
      name: 'an issue comment in github-script',
      code: prJob(
        '      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea\n        with:\n          script: |\n            const body = `${{ github.event.comment.body }}`\n',
        'issue_comment',
      ),
      errors: [{ line: 10, message: 'into a github-script script' }],
    },
    { name: 'a commit message on push', code: prJob('      - run: echo ${{ github.event.head_commit.message }}\n', 'push'), errors: [{ line: 8 }] },
    {
      name: 'inside a function call, and the whole pull request dumped',
      code: prJob("      - run: echo ${{ format('{0}', github.event.pull_request.title) }}\n      - run: echo '${{ toJSON(github.event.pull_request) }}'\n"),
      errors: [
        { line: 8, messageId: 'injection', message: "${{ format('{0}', github.event.pull_request.title) }}" },
        { line: 9, messageId: 'derived', message: 'it carries github.event.pull_request (it holds github.event.pull_request.title)' },
      ],
    },
    {
      name: 'stack names from stackgate validate through a job output and a matrix',
      code: MATRIX_FROM_STACKS,
      errors: [
        {
          line: 23,
          messageId: 'derived',
          message:
            'job "per-stack" expands ${{ matrix.stack }} into a run: script, and it carries the matrix of job "per-stack", built from needs.validate.outputs.stacks, set from the Compose stacks the change touched (directory names)',
        },
        { line: 24, message: '${{ needs.validate.outputs.stacks }}' },
      ],
    },
    {
      name: 'changed file names through a step output and env',
      code: prJob(
        '      - id: changed\n        uses: tj-actions/changed-files@ed68ef82c095e0d48ec87eccea555d944a631a4c\n      - env:\n          FILES: ${{ steps.changed.outputs.all_changed_files }}\n        run: |\n          echo "$FILES"\n          for f in ${{ env.FILES }}; do echo $f; done\n      - run: echo ${{ steps.changed.outputs.any_changed }}\n',
      ),
      errors: [
        { line: 12, message: 'carries env.FILES, set from file names of the change (tj-actions/changed-files)' },
        { line: 15, message: '${{ steps.changed.outputs.any_changed }}' },
      ],
    },
  ],
  notApplicable: [{ name: 'no workflows', files: { 'README.md': '# x\n' } }],
});
