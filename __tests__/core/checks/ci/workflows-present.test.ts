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
    {
      name: 'a CI file of another system in the wrong place',
      files: { 'ci/.woodpecker.yml': 'steps:\n  test:\n    image: alpine\n', 'README.md': '# fleet\n' },
      errors: [{ file: 'README.md', line: 1 }],
    },
  ],
  notApplicable: [
    {
      name: 'Woodpecker pipelines (.woodpecker/)',
      files: { '.woodpecker/static-checks.yaml': 'when:\n  event: pull_request\nsteps:\n  lint:\n    image: alpine\n', 'README.md': '# fleet\n' },
    },
    { name: 'GitLab CI', files: { '.gitlab-ci.yml': 'validate:\n  script: [make check]\n', 'README.md': '# fleet\n' } },
    { name: 'a Jenkinsfile', files: { Jenkinsfile: 'pipeline { agent any }\n', 'README.md': '# fleet\n' } },
    { name: 'Forgejo Actions', files: { '.forgejo/workflows/ci.yml': 'on: [pull_request]\njobs: {}\n', 'README.md': '# fleet\n' } },
  ],
});
