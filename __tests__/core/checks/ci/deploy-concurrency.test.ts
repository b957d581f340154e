import check from '../../../../src/core/checks/ci/deploy-concurrency';
import { describeCheck } from '../../../helpers/check-cases';
import { DEPLOY_WORKFLOW, PR_WORKFLOW } from '../../../helpers/workflows';

const APPROVE_JOB =
  'on: pull_request\njobs:\n  auto-merge:\n    runs-on: ubuntu-latest\n    environment: renovate-auto-merge\n    steps:\n' +
  '      - uses: actions/create-github-app-token@v2\n        id: token\n        with: { app-id: 1, private-key: "${{ secrets.KEY }}" }\n' +
  '      - run: |\n          # approve, then merge\n          gh pr review "$PR" --approve\n          gh pr merge "$PR" --squash && echo merged\n';

const PUBLISH_JOB =
  'on: { release: { types: [published] } }\njobs:\n  pypi:\n    runs-on: ubuntu-latest\n    environment: { name: pypi, url: https://pypi.org/p/example }\n    permissions: { id-token: write }\n    steps:\n' +
  '      - uses: actions/checkout@v4\n      - run: uv build\n      - uses: pypa/gh-action-pypi-publish@release/v1\n';

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
      name: 'a publishing job that also deploys',
      code: PUBLISH_JOB + '      - run: kubectl apply -f k8s/\n',
      errors: [{ line: 5, messageId: 'none', message: 'job "pypi" deploys to pypi' }],
    },
    {
      name: 'a chart release that also upgrades a release on a cluster',
      code: 'on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    environment: release\n    steps:\n      - uses: helm/chart-releaser-action@v1\n      - run: helm upgrade --install app charts/app\n',
      errors: [{ line: 5, messageId: 'none' }],
    },
    {
      name: 'a publishing job that runs a deploy script',
      code: PUBLISH_JOB + '      - run: ./scripts/deploy.sh docs\n',
      errors: [{ line: 5, messageId: 'none' }],
    },
    {
      name: 'the same job with one step that runs something else',
      code: APPROVE_JOB + '      - run: ./deploy.sh\n',
      errors: [{ line: 5, messageId: 'none', message: 'job "auto-merge" deploys to renovate-auto-merge' }],
    },
    {
      name: 'a gh command chained to a deploy command',
      code: APPROVE_JOB.replace('&& echo merged', '&& kubectl apply -f k8s/'),
      errors: [{ line: 5, messageId: 'none' }],
    },
    {
      name: 'a job with a deploy action after the token',
      code: APPROVE_JOB.split('      - run:')[0] + '      - uses: appleboy/ssh-action@v1\n',
      errors: [{ line: 5, messageId: 'none' }],
    },
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
    { name: 'a job that publishes to PyPI with trusted publishing', code: PUBLISH_JOB },
    {
      name: 'a Helm chart release job (chart-releaser)',
      code: 'on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    environment: release\n    steps:\n      - uses: actions/checkout@v4\n      - run: helm repo add bitnami https://charts.bitnami.com/bitnami\n      - uses: helm/chart-releaser-action@v1\n',
    },
    {
      name: 'a job that runs npm publish',
      code: PUBLISH_JOB.replace('      - uses: pypa/gh-action-pypi-publish@release/v1\n', '      - run: npm publish --provenance\n'),
    },
    { name: "a job that only approves and merges pull requests with its environment's app key", code: APPROVE_JOB },
    {
      name: 'a job that only scripts the GitHub API',
      code: 'on: push\njobs:\n  label:\n    runs-on: ubuntu-latest\n    environment: bot\n    steps:\n      - uses: actions/github-script@v7\n        with: { script: "1" }\n',
    },
    { name: 'no job deploys', code: PR_WORKFLOW },
  ],
});
