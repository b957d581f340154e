import check from '../../../../src/core/checks/ci/actions-pinned';
import { describeCheck } from '../../../helpers/check-cases';
import { PR_WORKFLOW, prJob } from '../../../helpers/workflows';

describeCheck(check, {
  defaultFile: '.github/workflows/ci.yml',
  valid: [
    { name: 'every action pinned to a commit', code: PR_WORKFLOW },
    {
      name: 'local actions and digest-pinned containers',
      code: prJob(
        '      - uses: ./.github/actions/setup\n      - uses: docker://alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
      ),
    },
    {
      name: 'owners in the allow option',
      code: prJob('      - uses: actions/checkout@v4\n      - uses: my-org/tools/lint@main\n'),
      config: { checks: { 'ci/actions-pinned': { options: { allow: ['actions/*', 'my-org/*'] } } } },
    },
  ],
  invalid: [
    {
      name: 'tags, branches, a short SHA, a reusable workflow and a container tag',
      code: `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: tj-actions/changed-files@main
      - uses: docker/login-action@9780b0c
      - uses: docker://alpine:3.20
  shared:
    uses: acme/workflows/.github/workflows/deploy.yml@v2
`,
      errors: [
        { line: 6, messageId: 'unpinned', message: 'job "build" uses actions/checkout@v4, a movable reference' },
        { line: 7, messageId: 'unpinned' },
        { line: 8, messageId: 'unpinned' },
        { line: 9, messageId: 'unpinnedImage', message: 'docker://alpine:3.20 by tag' },
        { line: 11, messageId: 'unpinned', message: 'job "shared"' },
      ],
    },
  ],
  notApplicable: [{ name: 'no workflows', files: { 'README.md': '# x\n' } }],
});
