import memoryLimit from '../../../src/core/checks/compose/memory-limit';
import portConflict from '../../../src/core/checks/compose/port-conflict';
import runAsNonRoot from '../../../src/core/checks/kubernetes/run-as-non-root';
import { declaresNotDeployed } from '../../../src/core/validate/test-scaffolding';
import { runCase } from '../../helpers/check-cases';

const COMPOSE = 'services:\n  redis:\n    image: redis:7.4\n    ports: ["6379:6379"]\n  cache:\n    image: redis:7.4\n    ports: ["6379:6379"]\n';
const POD =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: probe\nspec:\n  containers:\n    - name: probe\n      image: busybox:1.36\n      command: ["sleep", "3600"]\n';

const severities = (findings: { severity: string; file: string }[]) => findings.map((f) => `${f.file} ${f.severity}`);

describe('test fixtures are not deployments (testPaths)', () => {
  test.each([
    'tests/integration/docker-compose.yml',
    'test/docker-compose.yml',
    '.github/configs/docker-compose.yml',
    'pkg/server/testdata/compose.yaml',
    'result/docker-compose.test.yml',
    'compose.test.yaml',
    '.archive/old-stack/docker-compose.yml',
    '.devcontainer/docker-compose.yml',
  ])('hardening findings in %s are info', (file) => {
    expect(severities(runCase(memoryLimit, { files: { [file]: COMPOSE } }, file))).toEqual([`${file} info`, `${file} info`]);
  });

  test('a Kubernetes fixture under e2e/: info', () => {
    expect(severities(runCase(runAsNonRoot, { files: { 'e2e/manifests/pod.yaml': POD } }, 'pod.yaml'))).toEqual(['e2e/manifests/pod.yaml info']);
  });

  test('the same file outside a test path keeps its severity', () => {
    expect(severities(runCase(memoryLimit, { files: { 'deploy/docker-compose.yml': COMPOSE } }, 'x'))).toEqual([
      'deploy/docker-compose.yml warning',
      'deploy/docker-compose.yml warning',
    ]);
  });

  test('correctness findings break the tests too: they keep their severity', () => {
    expect(severities(runCase(portConflict, { files: { 'tests/docker-compose.yml': COMPOSE } }, 'x'))).toEqual(['tests/docker-compose.yml error']);
  });

  test('testPaths: [] turns it off; overrides still win over it', () => {
    const files = { 'tests/docker-compose.yml': COMPOSE };
    expect(severities(runCase(memoryLimit, { files, config: { testPaths: [] } }, 'x'))).toEqual([
      'tests/docker-compose.yml warning',
      'tests/docker-compose.yml warning',
    ]);
    const override = { overrides: [{ files: ['tests/**'], checks: { 'compose/memory-limit': 'error' } }] };
    expect(severities(runCase(memoryLimit, { files, config: override }, 'x'))).toEqual(['tests/docker-compose.yml error', 'tests/docker-compose.yml error']);
  });

  test('custom globs', () => {
    const files = { 'sandbox/docker-compose.yml': COMPOSE, 'deploy/docker-compose.yml': COMPOSE.replace(/6379:/g, '6380:') };
    expect(severities(runCase(memoryLimit, { files, config: { testPaths: ['sandbox/**'] } }, 'x'))).toEqual([
      'deploy/docker-compose.yml warning',
      'deploy/docker-compose.yml warning',
      'sandbox/docker-compose.yml info',
      'sandbox/docker-compose.yml info',
    ]);
  });
});

describe('scaffolding the repository itself calls so (test-scaffolding.ts)', () => {
  test.each([
    '# This configuration file is for the **development** setup.\n# For a production example see the setup repository.\n',
    '# Services for integration tests: make run-test-services\n',
    '# For local development only\n',
    '#\n# Local development stack. Not intended for production.\n#\n',
    '# DO NOT USE IN PRODUCTION\n',
    "# don't use this in production\n",
  ])('an opening comment that says it is not deployed: %j', (header) => {
    expect(declaresNotDeployed(`${header}services: {}\n`)).toBe(true);
  });

  test.each([
    '# Production stack for development teams\n',
    '# Our development workflow deploys this file to prod\n',
    '# Tested in CI before every release\n',
    'services: {}\n# for local development only (a comment after the first key)\n',
    '# MCP servers for the platform\n',
  ])('a comment that does not: %j', (header) => {
    expect(declaresNotDeployed(`${header}services: {}\n`)).toBe(false);
  });

  test('hardening findings in a Compose file whose header says it is the development setup are info', () => {
    const file = 'compose.yaml';
    const dev = `# This file is for the development setup.\n${COMPOSE}`;
    expect(severities(runCase(memoryLimit, { files: { [file]: dev } }, file))).toEqual([`${file} info`, `${file} info`]);
    expect(severities(runCase(memoryLimit, { files: { [file]: dev }, config: { testPaths: [] } }, file))).toEqual([`${file} warning`, `${file} warning`]);
  });

  const workflow = (job: string) => `on: pull_request\njobs:\n  ${job}\n`;
  const integration =
    'integration:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker compose -f stacks/it/compose.yaml up -d\n';
  const IT = 'stacks/it/compose.yaml';

  test('a Compose file only CI jobs and test targets start is a test stack', () => {
    const files = {
      [IT]: COMPOSE,
      '.github/workflows/ci.yml': workflow(integration),
      Makefile: 'run-test-services:\n\tdocker compose -f stacks/it/compose.yaml up -d\n',
    };
    expect(severities(runCase(memoryLimit, { files }, IT))).toEqual([`${IT} info`, `${IT} info`]);
  });

  test('the same file is a deployment when a job deploying to an environment or a Makefile target not named for tests starts it', () => {
    const deploy = workflow(integration.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    environment: prod'));
    expect(severities(runCase(memoryLimit, { files: { [IT]: COMPOSE, '.github/workflows/deploy.yml': deploy } }, IT))).toEqual([
      `${IT} warning`,
      `${IT} warning`,
    ]);
    const make = { [IT]: COMPOSE, '.github/workflows/ci.yml': workflow(integration), Makefile: 'up:\n\tdocker compose -f stacks/it/compose.yaml up -d\n' };
    expect(severities(runCase(memoryLimit, { files: make }, IT))).toEqual([`${IT} warning`, `${IT} warning`]);
  });

  test('COMPOSE_FILE in a job env, and a compose action input, name the file they start', () => {
    const env = workflow(
      'unit:\n    runs-on: ubuntu-latest\n    env:\n      COMPOSE_FILE: stacks/it/compose.yaml\n    steps:\n      - run: docker compose up -d\n',
    );
    expect(severities(runCase(memoryLimit, { files: { [IT]: COMPOSE, '.github/workflows/ci.yml': env } }, IT))).toEqual([`${IT} info`, `${IT} info`]);
    const action = workflow(
      'e2e:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: hoverkraft-tech/compose-action@v2\n        with:\n          compose-file: "stacks/it/compose.yaml"\n',
    );
    expect(severities(runCase(memoryLimit, { files: { [IT]: COMPOSE, '.github/workflows/e2e.yml': action } }, IT))).toEqual([`${IT} info`, `${IT} info`]);
  });

  test('the root docker-compose.yml that CI starts stays a deployment when its services restart', () => {
    const root = 'docker-compose.yml';
    const ci = workflow('smoke:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker compose up -d && curl -f localhost:8080/health\n');
    const restarting = COMPOSE.replace(/image: redis:7.4\n/g, 'image: redis:7.4\n    restart: unless-stopped\n');
    expect(severities(runCase(memoryLimit, { files: { [root]: restarting, '.github/workflows/ci.yml': ci } }, root))).toEqual([
      `${root} warning`,
      `${root} warning`,
    ]);
    expect(severities(runCase(memoryLimit, { files: { [root]: COMPOSE, '.github/workflows/ci.yml': ci } }, root))).toEqual([`${root} info`, `${root} info`]);
  });

  test('a file nothing starts keeps its severity', () => {
    expect(severities(runCase(memoryLimit, { files: { [IT]: COMPOSE } }, IT))).toEqual([`${IT} warning`, `${IT} warning`]);
  });
});

describe('development and test stacks beside a production one, and fixtures CI applies to a throwaway cluster', () => {
  test('docker/development and docker/testing beside docker/production: info; the production stack keeps its severity', () => {
    const files = {
      'docker/development/compose.yml': COMPOSE,
      'docker/testing/compose.yml': COMPOSE,
      'docker/production/compose.yml': COMPOSE.replace(/6379:/g, '6380:'),
    };
    expect(severities(runCase(memoryLimit, { files }, 'x'))).toEqual([
      'docker/development/compose.yml info',
      'docker/development/compose.yml info',
      'docker/production/compose.yml warning',
      'docker/production/compose.yml warning',
      'docker/testing/compose.yml info',
      'docker/testing/compose.yml info',
    ]);
  });

  test('dev/ below the root Compose file users deploy: info; the root file keeps its severity', () => {
    const files = { 'docker-compose.yml': COMPOSE.replace(/6379:/g, '6380:'), 'dev/docker-compose.yml': COMPOSE };
    expect(severities(runCase(memoryLimit, { files }, 'x'))).toEqual([
      'dev/docker-compose.yml info',
      'dev/docker-compose.yml info',
      'docker-compose.yml warning',
      'docker-compose.yml warning',
    ]);
  });

  test('a development directory with no production one beside it, or in the stacks/common layout, keeps its severity', () => {
    expect(severities(runCase(memoryLimit, { files: { 'docker/development/compose.yml': COMPOSE } }, 'x'))).toEqual([
      'docker/development/compose.yml warning',
      'docker/development/compose.yml warning',
    ]);
    const layout = {
      'stacks/common/docker-compose.yml': COMPOSE,
      'stacks/dev/docker-compose.yml': 'services:\n  redis:\n    image: redis:7.4\n',
      'stacks/prod/docker-compose.yml': 'services: {}\n',
    };
    expect(severities(runCase(memoryLimit, { files: layout }, 'x')).every((s) => s.endsWith('warning'))).toBe(true);
  });

  test('manifests CI applies to a kind cluster are fixtures; the same manifests applied by a deploy job are not', () => {
    const kind = (env = '') =>
      `on: pull_request\njobs:\n  e2e:\n    runs-on: ubuntu-latest\n${env}    steps:\n      - uses: helm/kind-action@v1\n      - run: kubectl apply -f ./samples/pod.yml\n`;
    expect(severities(runCase(runAsNonRoot, { files: { 'samples/pod.yml': POD, '.github/workflows/ci.yml': kind() } }, 'x'))).toEqual(['samples/pod.yml info']);
    expect(severities(runCase(runAsNonRoot, { files: { 'samples/pod.yml': POD, '.github/workflows/ci.yml': kind('    environment: prod\n') } }, 'x'))).toEqual([
      'samples/pod.yml error',
    ]);
    const noCluster = 'on: push\njobs:\n  apply:\n    runs-on: ubuntu-latest\n    steps:\n      - run: kubectl apply -f samples/pod.yml\n';
    expect(severities(runCase(runAsNonRoot, { files: { 'samples/pod.yml': POD, '.github/workflows/ci.yml': noCluster } }, 'x'))).toEqual([
      'samples/pod.yml error',
    ]);
  });

  test('a directory CI applies covers the manifests under it', () => {
    const ci = 'on: pull_request\njobs:\n  e2e:\n    runs-on: ubuntu-latest\n    steps:\n      - run: kind create cluster && kubectl apply -f hack/kind/\n';
    expect(severities(runCase(runAsNonRoot, { files: { 'hack/kind/pod.yml': POD, '.github/workflows/e2e.yml': ci } }, 'x'))).toEqual([
      'hack/kind/pod.yml info',
    ]);
  });

  test('cypress/ and playwright/ are test paths', () => {
    expect(severities(runCase(memoryLimit, { files: { 'cypress/docker-compose.yml': COMPOSE } }, 'x'))).toEqual([
      'cypress/docker-compose.yml info',
      'cypress/docker-compose.yml info',
    ]);
  });
});
