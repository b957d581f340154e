/** GitHub Actions workflow texts for the ci/* check tests. */

export const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683';

/** A pull request workflow running the all-in-one stackgate check (pinned, least privilege). */
export const PR_WORKFLOW = `name: readiness
on:
  pull_request:
permissions:
  contents: read
  pull-requests: write
jobs:
  readiness:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: ${CHECKOUT}
        with: { fetch-depth: 0 }
      - uses: acme/stackgate@0123456789abcdef0123456789abcdef01234567
`;

/** Deploys main to dev, then staging and prod under their environments. */
export const DEPLOY_WORKFLOW = `name: deploy
on:
  push:
    branches: [main]
permissions:
  contents: read
concurrency: deploy
jobs:
  dev:
    runs-on: ubuntu-latest
    timeout-minutes: 20
    environment: dev
    permissions: { contents: read, deployments: write }
    steps:
      - uses: acme/stackgate/actions/deploy@0123456789abcdef0123456789abcdef01234567
  staging:
    needs: dev
    runs-on: ubuntu-latest
    timeout-minutes: 20
    environment: { name: staging, url: "https://staging.example.com" }
    steps:
      - run: npx stackgate deploy --environment staging
  prod:
    needs: staging
    runs-on: ubuntu-latest
    timeout-minutes: 20
    environment: prod
    steps:
      - run: npx stackgate deploy --environment prod
`;

/** A job that runs `steps` under a pull_request workflow with read permissions. */
export function prJob(steps: string, on = 'pull_request'): string {
  return `on: ${on}\npermissions: { contents: read }\njobs:\n  check:\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    steps:\n${steps}`;
}
