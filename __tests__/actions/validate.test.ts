import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../src/actions/validate';
import { runActionInProcess } from '../helpers/run-action';
import { parseAnnotations, runnerEnv } from '../helpers/runner';
import { tempRepo, type TempRepo } from '../helpers/temp-repo';

const ROOT = path.join(__dirname, '../..');
const BASE = 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "true"]\n';
const BROKEN = 'services:\n  web:\n    image: nginx:1.27\n';

const runInProcess = (env: Record<string, string>) => runActionInProcess(run, env);

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
  }).trim();
}

describe('actions/validate run()', () => {
  let repo: TempRepo;
  afterEach(() => repo?.cleanup());

  test('outputs, annotations on workspace-relative paths, summary and SARIF for a subdirectory', async () => {
    repo = tempRepo({ 'deploy/stacks/common/docker-compose.yml': BROKEN, 'deploy/stacks/prod/docker-compose.yml': 'services:\n  web:\n    restart: always\n' });
    const runner = runnerEnv(repo.root, { path: 'deploy', 'fail-on': 'warning', 'sarif-file': 'reports/stackgate.sarif', 'changed-only': 'false' });
    try {
      const { stdout, exitCode } = await runInProcess(runner.env);
      expect(exitCode).toBe(1);
      const outputs = runner.outputs();
      expect(Number(outputs.warnings)).toBeGreaterThanOrEqual(1);
      expect(outputs.errors).toMatch(/^\d+$/);
      expect(JSON.parse(outputs.stacks)).toEqual(['common']);
      expect(outputs['sarif-file']).toBe(path.join(repo.root, 'reports/stackgate.sarif'));
      const sarif = JSON.parse(fs.readFileSync(outputs['sarif-file'], 'utf8'));
      expect(sarif.runs[0].automationDetails).toEqual({ id: 'stackgate/validate/' });
      const uris = sarif.runs[0].results.map(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri,
      );
      expect(uris).toContain('deploy/stacks/common/docker-compose.yml');
      const hc = parseAnnotations(stdout).find((a) => a.props.title === 'compose/healthcheck-missing');
      expect(hc).toEqual({
        level: 'warning',
        props: expect.objectContaining({ file: 'deploy/stacks/common/docker-compose.yml', line: '2', col: '3' }),
        message: expect.stringContaining('"web"'),
      });
      expect(runner.summary()).toContain('compose/healthcheck-missing');
    } finally {
      runner.cleanup();
    }
  });

  test('a config error fails the step with file:line and an annotation', async () => {
    repo = tempRepo({ 'stackgate.yml': 'failOn: sometimes\n' });
    const runner = runnerEnv(repo.root, { path: '.', 'changed-only': 'false' });
    try {
      const { stdout, exitCode } = await runInProcess(runner.env);
      expect(exitCode).toBe(1);
      expect(stdout).toContain('::error::stackgate.yml:1:9: failOn:');
      expect(parseAnnotations(stdout)).toContainEqual(
        expect.objectContaining({ level: 'error', props: expect.objectContaining({ file: 'stackgate.yml', line: '1' }) }),
      );
    } finally {
      runner.cleanup();
    }
  });

  test('changed-only on a pull_request reports only files the PR changed and lists the stacks it touched', async () => {
    repo = tempRepo({ 'a/docker-compose.yml': BROKEN, 'b/docker-compose.yml': BASE });
    git(repo.root, 'init', '-q', '-b', 'main');
    git(repo.root, 'add', '.');
    git(repo.root, 'commit', '-qm', 'base');
    const base = git(repo.root, 'rev-parse', 'HEAD');
    repo.write('b/docker-compose.yml', BROKEN);
    git(repo.root, 'commit', '-qam', 'break b');
    const head = git(repo.root, 'rev-parse', 'HEAD');
    const event = repo.write('.event.json', JSON.stringify({ pull_request: { base: { sha: base }, head: { sha: head } } }));
    const runner = runnerEnv(
      repo.root,
      { path: '.', 'changed-only': 'true', 'fail-on': 'warning' },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    );
    try {
      const { stdout } = await runInProcess(runner.env);
      const files = new Set(
        parseAnnotations(stdout)
          .filter((a) => a.props.title)
          .map((a) => a.props.file),
      );
      expect(files).toEqual(new Set(['b/docker-compose.yml']));
      expect(JSON.parse(runner.outputs().stacks)).toEqual(['b']);
    } finally {
      runner.cleanup();
    }
  });
});

describe('annotations: GitHub shows 10 of each level per step', () => {
  let repo: TempRepo;
  afterEach(() => repo?.cleanup());

  test('up to 10 of each level (errors, warnings, notices), changed lines first within each; the rest are counted', async () => {
    // Twelve stacks with warnings and notices; the pull request adds a :latest image (an error) to one
    // of them and touches another. Six more stacks, untouched, each have a :latest image (errors).
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`s${String(i).padStart(2, '0')}/docker-compose.yml`, BROKEN]));
    for (let i = 0; i < 6; i++) files[`e${i}/docker-compose.yml`] = BROKEN.replace('nginx:1.27', 'nginx:latest');
    repo = tempRepo(files);
    git(repo.root, 'init', '-q', '-b', 'main');
    git(repo.root, 'add', '.');
    git(repo.root, 'commit', '-qm', 'base');
    const base = git(repo.root, 'rev-parse', 'HEAD');
    repo.write('s11/docker-compose.yml', `${BROKEN}  cache:\n    image: redis:latest\n`);
    repo.write('s10/docker-compose.yml', BROKEN.replace('nginx:1.27', 'nginx:1.27.1'));
    git(repo.root, 'commit', '-qam', 'change two stacks');
    const head = git(repo.root, 'rev-parse', 'HEAD');
    const event = repo.write('.event.json', JSON.stringify({ pull_request: { base: { sha: base }, head: { sha: head } } }));
    const runner = runnerEnv(
      repo.root,
      { path: '.', 'changed-only': 'false', 'fail-on': 'never', 'sarif-file': 'out.sarif' },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    );
    try {
      const { stdout } = await runInProcess(runner.env);
      const annotations = parseAnnotations(stdout).filter((a) => a.props.title);
      const results = JSON.parse(fs.readFileSync(runner.outputs()['sarif-file'], 'utf8')).runs[0].results as { level: string }[];
      const count = (level: string) => results.filter((r) => r.level === level).length;
      expect(count('warning')).toBeGreaterThan(10);
      expect(count('note')).toBeGreaterThan(10);
      // Every error is annotated, though the changed lines hold more warnings and notices than GitHub shows.
      const byLevel = (level: string) => annotations.filter((a) => a.level === level);
      expect(
        byLevel('error')
          .map((a) => a.props.file)
          .sort(),
      ).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 's11'].map((d) => `${d}/docker-compose.yml`));
      expect(byLevel('warning')).toHaveLength(10);
      expect(byLevel('notice')).toHaveLength(10);
      // Errors first, then warnings, then notices; within a level, a changed line (2) before a changed file (1) before the rest (0).
      expect(annotations.map((a) => a.level)).toEqual([...byLevel('error'), ...byLevel('warning'), ...byLevel('notice')].map((a) => a.level));
      const changedLine: Record<string, number[]> = { 's10/docker-compose.yml': [3], 's11/docker-compose.yml': [4, 5] };
      const rank = (a: (typeof annotations)[number]) => (changedLine[a.props.file]?.includes(Number(a.props.line)) ? 2 : changedLine[a.props.file] ? 1 : 0);
      for (const level of ['error', 'warning', 'notice']) {
        const ranks = byLevel(level).map(rank);
        expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      }
      expect(byLevel('error')[0]).toMatchObject({
        props: expect.objectContaining({ file: 's11/docker-compose.yml', line: '5', title: 'compose/image-latest-tag' }),
      });
      // The notice on s10's changed line 3 is among the notices shown.
      expect(byLevel('notice')).toContainEqual(expect.objectContaining({ props: expect.objectContaining({ file: 's10/docker-compose.yml', line: '3' }) }));
      const note = /(\d+) more warnings and (\d+) more notices are not annotated \(GitHub shows 10 errors, 10 warnings and 10 notices per step\)/.exec(stdout);
      expect(note).not.toBeNull();
      expect([Number(note![1]), Number(note![2])]).toEqual([count('warning') - 10, count('note') - 10]);
    } finally {
      runner.cleanup();
    }
  });
});

describe('dist/validate/index.js as the runner runs it', () => {
  test('the committed bundle validates the example repository', () => {
    const bundle = path.join(ROOT, 'dist/validate/index.js');
    expect(fs.existsSync(bundle)).toBe(true);
    // The SARIF file goes to the runner's temporary directory (outside the workspace, as on GitHub).
    const temp = fs.mkdtempSync('/tmp/sg-sarif-');
    const runner = runnerEnv(
      ROOT,
      { path: 'examples/mcp-stacks', 'fail-on': 'never', 'sarif-file': path.join(temp, 'out.sarif'), 'changed-only': 'false' },
      { RUNNER_TEMP: temp },
    );
    try {
      const r = spawnSync(process.execPath, [bundle], { env: { PATH: process.env.PATH ?? '', ...runner.env }, encoding: 'utf8', timeout: 60_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const outputs = runner.outputs();
      const annotations = parseAnnotations(r.stdout);
      expect(annotations.length).toBeGreaterThan(0);
      for (const a of annotations) expect(a.props.file).toMatch(/^examples\/mcp-stacks\//);
      expect(Number(outputs.errors) + Number(outputs.warnings)).toBeGreaterThan(0);
      expect(JSON.parse(outputs.stacks)).toEqual(expect.arrayContaining(['common', 'monitoring']));
      const sarif = JSON.parse(fs.readFileSync(outputs['sarif-file'], 'utf8'));
      expect(sarif.runs[0].results.length).toBe(
        Number(outputs.errors) + Number(outputs.warnings) + sarif.runs[0].results.filter((x: { level: string }) => x.level === 'note').length,
      );
      expect(runner.summary()).toContain('stackgate');
    } finally {
      runner.cleanup();
    }
  });
});
