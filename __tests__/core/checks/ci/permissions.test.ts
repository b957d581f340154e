import check from '../../../../src/core/checks/ci/permissions';
import { describeCheck } from '../../../helpers/check-cases';
import { DEPLOY_WORKFLOW, PR_WORKFLOW } from '../../../helpers/workflows';

describeCheck(check, {
  defaultFile: '.github/workflows/ci.yml',
  valid: [
    { name: 'top-level read, write per job', code: DEPLOY_WORKFLOW },
    { name: 'a single job may take its writes at the top', code: PR_WORKFLOW },
    {
      name: 'every job declares its own',
      code: 'on: push\njobs:\n  a:\n    permissions: { contents: read }\n    runs-on: ubuntu-latest\n    steps: [{ run: "true" }]\n  b:\n    permissions: {}\n    runs-on: ubuntu-latest\n    steps: [{ run: "true" }]\n',
    },
  ],
  invalid: [
    {
      name: 'no permissions anywhere',
      code: 'on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps: [{ run: "true" }]\n  test:\n    permissions: { contents: read }\n    runs-on: ubuntu-latest\n    steps: [{ run: "true" }]\n',
      errors: [{ line: 3, messageId: 'missing', message: 'job "lint"' }],
    },
    {
      name: 'write-all at the top',
      code: 'on: push\npermissions: write-all\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: "true" }]\n',
      errors: [{ line: 2, messageId: 'writeAll' }],
    },
    {
      name: 'write-all in a job',
      code: 'on: push\npermissions: read-all\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: write-all\n    steps: [{ run: "true" }]\n',
      errors: [{ line: 6, messageId: 'writeAll', message: 'in job "a"' }],
    },
    {
      name: 'writes granted at the top to two jobs',
      code: 'on: push\npermissions:\n  contents: write\n  packages: write\n  id-token: read\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: "true" }]\n  b:\n    runs-on: ubuntu-latest\n    steps: [{ run: "true" }]\n',
      errors: [{ line: 2, messageId: 'broadWrite', message: 'contents: write, packages: write at the top, to all 2 jobs' }],
    },
  ],
  notApplicable: [{ name: 'no workflows', files: { 'README.md': '# x\n' } }],
});
