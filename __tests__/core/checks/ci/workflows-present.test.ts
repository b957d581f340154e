import check from '../../../../src/core/checks/ci/workflows-present';
import { describeCheck } from '../../../helpers/check-cases';
import { PR_WORKFLOW } from '../../../helpers/workflows';

describeCheck(check, {
  defaultFile: '.github/workflows/readiness.yml',
  valid: [
    { name: 'a workflow', code: PR_WORKFLOW },
    { name: 'a .yaml workflow', files: { '.github/workflows/ci.yaml': PR_WORKFLOW } },
  ],
  invalid: [
    { name: 'no workflows at all', files: { 'README.md': '# fleet\n' }, errors: [{ file: 'README.md', line: 1, messageId: 'none' }] },
    {
      name: 'a workflow file outside .github/workflows',
      files: { 'ci/readiness.yml': PR_WORKFLOW, 'README.md': '# fleet\n' },
      errors: [{ file: 'README.md', line: 1 }],
    },
    { name: 'a workflow without jobs', code: 'on: push\n', errors: [{ file: '.', line: 1 }] },
  ],
});
