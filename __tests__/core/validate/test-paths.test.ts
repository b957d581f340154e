import memoryLimit from '../../../src/core/checks/compose/memory-limit';
import portConflict from '../../../src/core/checks/compose/port-conflict';
import runAsNonRoot from '../../../src/core/checks/kubernetes/run-as-non-root';
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
