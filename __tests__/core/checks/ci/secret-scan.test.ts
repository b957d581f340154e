import check from '../../../../src/core/checks/ci/secret-scan';
import { describeCheck } from '../../../helpers/check-cases';
import { DEPLOY_WORKFLOW, PR_WORKFLOW, prJob } from '../../../helpers/workflows';

describeCheck(check, {
  defaultFile: '.github/workflows/pr.yml',
  valid: [
    { name: 'the all-in-one stackgate action scans the diff', code: PR_WORKFLOW },
    { name: 'actions/secrets on push', code: prJob('      - uses: acme/stackgate/actions/secrets@v1\n', 'push') },
    { name: 'gitleaks action', code: prJob('      - uses: gitleaks/gitleaks-action@ff98106e4c7b2bc287b24eaf42907196329070c7\n') },
    { name: 'trufflehog command', code: prJob('      - run: trufflehog git file://. --since-commit main --fail\n') },
    { name: 'stackgate secrets from the CLI', code: prJob('      - run: npx stackgate secrets --mode diff --base origin/main\n') },
  ],
  invalid: [
    { name: 'only validation', code: prJob('      - uses: acme/stackgate/actions/validate@v1\n'), errors: [{ line: 1, messageId: 'none' }] },
    {
      name: 'a scanner only on a manual trigger',
      code: prJob('      - run: gitleaks detect\n', 'workflow_dispatch'),
      files: { '.github/workflows/deploy.yml': DEPLOY_WORKFLOW },
      errors: [{ file: '.github/workflows/deploy.yml', line: 1 }],
    },
  ],
  notApplicable: [{ name: 'no workflows', files: { 'README.md': '# x\n' } }],
});
