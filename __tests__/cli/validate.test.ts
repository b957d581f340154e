/** `stackgate validate`: what a plain run checks, --check ids, and a single file as the target. */
import path from 'node:path';
import { CHECKS } from '../../src/core/checks/index';
import { runCli } from '../helpers/cli';
import { gitRepo, type GitRepo } from '../helpers/git-repo';
import { tempRepo, type TempRepo } from '../helpers/temp-repo';
import { prJob } from '../helpers/workflows';

const COMPOSE = 'services:\n  web:\n    image: nginx:1.27\n';
/** A pull_request_target workflow that pastes the pull request title into a shell script. */
const INJECTION = prJob('      - run: echo "${{ github.event.pull_request.title }}"\n', 'pull_request_target');

type JsonFinding = { checkId: string; file: string; line: number; message: string };
const findingsOf = (stdout: string): JsonFinding[] => (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;

describe('a plain validate runs every check, the repository-level ones too', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = tempRepo({ 'docker-compose.yml': COMPOSE, '.github/workflows/triage.yml': INJECTION });
  });
  afterAll(() => repo.cleanup());

  test('a script injection in a workflow (ci/script-injection, an error) is reported and fails the run', async () => {
    const r = await runCli(['validate', '.', '-f', 'json', '--promtool', 'never'], repo.root);
    expect(findingsOf(r.stdout)).toContainEqual(expect.objectContaining({ checkId: 'ci/script-injection', file: '.github/workflows/triage.yml', line: 8 }));
    expect(r.exitCode).toBe(1);
  });

  test('it reports exactly what --check <id> reports, for every id together', async () => {
    const plain = await runCli(['validate', '.', '-f', 'json', '--promtool', 'never'], repo.root);
    const named = await runCli(['validate', '.', '-f', 'json', '--promtool', 'never', ...CHECKS.flatMap((c) => ['--check', c.id])], repo.root);
    expect(named.exitCode).toBe(plain.exitCode);
    expect(findingsOf(plain.stdout)).toEqual(findingsOf(named.stdout));
    // …and repository-level checks are among them: docs/readme finds no README.
    expect(findingsOf(plain.stdout).map((f) => f.checkId)).toContain('docs/readme');
  });
});

describe('--check', () => {
  let repo: TempRepo;
  afterEach(() => repo.cleanup());

  test('an unknown id is a usage error with the closest id, not a run that checks nothing', async () => {
    repo = tempRepo({ 'docker-compose.yml': COMPOSE });
    const r = await runCli(['validate', '.', '--check', 'compose/healthcheck-mising'], repo.root);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^stackgate: --check: unknown check "compose\/healthcheck-mising"; did you mean "compose\/healthcheck-missing"\?/);
    expect(r.stdout).toBe('');
  });

  test('an id turned off in stackgate.yml is named on stderr: it did not run', async () => {
    repo = tempRepo({ 'docker-compose.yml': COMPOSE, 'stackgate.yml': 'checks:\n  compose/healthcheck-missing: off\n' });
    const r = await runCli(['validate', '.', '--check', 'compose/healthcheck-missing'], repo.root);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('--check compose/healthcheck-missing: the check is turned off in stackgate.yml; it did not run');
  });
});

describe('validate <file>', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = tempRepo({
      'stackgate.yml': 'checks:\n  compose/read-only-rootfs: off\n',
      'stacks/common/docker-compose.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n  db:\n    image: postgres:16\n',
      'stacks/prod/docker-compose.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:latest\n',
      'k8s/deployment.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:latest\n',
      '.gitignore': 'scratch/\n',
      'scratch/docker-compose.yml': COMPOSE,
    });
  });
  afterAll(() => repo.cleanup());

  test("reports only that file, under the path as given, with its repository's stackgate.yml", async () => {
    const cwd = path.join(repo.root, 'stacks');
    const r = await runCli(['validate', 'prod/docker-compose.yml', '-f', 'json', '--promtool', 'never'], cwd);
    const findings = findingsOf(r.stdout);
    expect(findings.map((f) => f.file)).toEqual(findings.map(() => 'prod/docker-compose.yml'));
    expect(findings).toContainEqual(expect.objectContaining({ checkId: 'compose/image-latest-tag', line: 3 }));
    expect(findings.map((f) => f.checkId)).not.toContain('compose/read-only-rootfs'); // off in the repository's stackgate.yml
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.stdout).summary.filesChecked).toBe(1);
  });

  test('text output names the file as given; warnings alone exit 0', async () => {
    const bad = await runCli(['validate', path.join(repo.root, 'k8s/deployment.yaml'), '--promtool', 'never'], repo.root);
    expect(bad.stdout.split('\n')[0]).toBe(path.join(repo.root, 'k8s/deployment.yaml'));
    expect(bad.stdout).toContain('kubernetes/image-latest-tag');
    expect(bad.exitCode).toBe(1);
    // Repository-level findings about what is missing (no restore procedure, no architecture document) sit on stackgate.yml.
    const config = await runCli(['validate', './stackgate.yml', '-f', 'json', '--promtool', 'never'], repo.root);
    expect(config).toMatchObject({ exitCode: 0, stderr: '' });
    expect(findingsOf(config.stdout).map((f) => f.checkId)).toContain('docs/restore-procedure');
    expect(new Set(findingsOf(config.stdout).map((f) => f.file))).toEqual(new Set(['./stackgate.yml']));
  });

  test('without a stackgate.yml or .git above the file, the repository is the current directory', async () => {
    const bare = tempRepo({
      'stacks/common/docker-compose.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n',
      'stacks/prod/docker-compose.yml': 'services:\n  api:\n    restart: always\n',
    });
    try {
      // Layered on stacks/common, the prod override sets nothing to report; alone, its service would lack a healthcheck.
      const layered = await runCli(['validate', 'stacks/prod/docker-compose.yml', '-f', 'json', '--promtool', 'never'], bare.root);
      expect(findingsOf(layered.stdout).map((f) => f.checkId)).not.toContain('compose/healthcheck-missing');
      const alone = await runCli(['validate', 'docker-compose.yml', '-f', 'json', '--promtool', 'never'], path.join(bare.root, 'stacks/prod'));
      expect(findingsOf(alone.stdout).map((f) => f.checkId)).toContain('compose/healthcheck-missing');
    } finally {
      bare.cleanup();
    }
  });

  test('a file .gitignore hides is named on stderr as not validated; a missing one is a usage error', async () => {
    const ignored = await runCli(['validate', 'scratch/docker-compose.yml'], repo.root);
    expect(ignored.stderr).toContain('scratch/docker-compose.yml: not validated: ignored');
    const missing = await runCli(['validate', 'stacks/dev/docker-compose.yml'], repo.root);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('no such file or directory: stacks/dev/docker-compose.yml');
  });
});

describe('the stackgate.yml at or above the path governs it, wherever the command runs', () => {
  let repo: GitRepo;
  beforeAll(() => {
    repo = gitRepo({
      'stackgate.yml': 'checks:\n  compose/healthcheck-missing: error\n',
      'homelab/media/docker-compose.yml': COMPOSE,
      'homelab/lab/stackgate.yml': 'checks:\n  compose/healthcheck-missing: info\n',
      'homelab/lab/docker-compose.yml': COMPOSE,
      'other/docker-compose.yml': COMPOSE,
    });
  });
  afterAll(() => repo.cleanup());

  const healthchecks = (stdout: string) =>
    (JSON.parse(stdout) as { findings: (JsonFinding & { severity: string })[] }).findings
      .filter((f) => f.checkId === 'compose/healthcheck-missing')
      .map((f) => [f.file, f.severity]);

  test('validate <dir> from the top and validate . from inside it report the same', async () => {
    const fromTop = await runCli(['validate', 'homelab', '-f', 'json', '--promtool', 'never'], repo.root);
    const fromInside = await runCli(['validate', '.', '-f', 'json', '--promtool', 'never'], path.join(repo.root, 'homelab'));
    expect(fromTop.stdout).toBe(fromInside.stdout);
    // The top stackgate.yml for media, the nested one for lab; nothing of other/.
    expect(healthchecks(fromTop.stdout)).toEqual([
      ['lab/docker-compose.yml', 'info'],
      ['media/docker-compose.yml', 'error'],
    ]);
  });

  test('SARIF names the files from the repository root', async () => {
    const r = await runCli(['validate', 'homelab/media', '-f', 'sarif', '--promtool', 'never'], repo.root);
    expect(r.stdout).toContain('"uri": "homelab/media/docker-compose.yml"');
  });
});
