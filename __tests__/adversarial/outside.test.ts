/**
 * Adversarial: the repository must not reach outside itself. Links and special files committed in
 * the places stackgate reads, paths in config and Compose files that leave the repository, action
 * inputs and event payloads that would make it write or run git elsewhere.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gitRepo, type GitRepo } from '../helpers/git-repo';
import { action, adversarial, expectHandled, stackgate } from './harness';

/** A value in the child's environment: /proc/self/environ would print it if it were read. */
const CANARY = 'sg-canary-7Hq2Lx9Vb4';
const COMPOSE = 'services:\n  web:\n    image: nginx:1.27\n';

let repo: GitRepo;
let outside: string;
beforeEach(() => {
  repo = gitRepo({ 'docker-compose.yml': COMPOSE });
  repo.commit('base');
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-outside-'));
  fs.writeFileSync(path.join(outside, 'secret.yml'), `token: ${CANARY}\n`);
});
afterEach(() => {
  repo.cleanup();
  fs.rmSync(outside, { recursive: true, force: true });
});

const env = { ADVERSARIAL_CANARY: CANARY };
const plant = (name: string, kind: 'fifo' | string): void => {
  const abs = path.join(repo.root, name);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  if (kind === 'fifo') execFileSync('mkfifo', [abs]);
  else fs.symlinkSync(kind === 'outside' ? path.join(outside, 'secret.yml') : kind, abs);
};

for (const [target, message] of [
  ['/proc/self/environ', /stackgate\.yml: cannot use this config: it is outside the repository/],
  ['/dev/zero', /stackgate\.yml: cannot use this config: it is outside the repository/],
  ['outside', /stackgate\.yml: cannot use this config: it is outside the repository/],
  ['fifo', /stackgate\.yml: cannot use this config: it is not a regular file \(a FIFO\)/],
] as const) {
  adversarial(
    'outside',
    `stackgate.yml is ${target === 'fifo' ? 'a FIFO' : target === 'outside' ? 'a link to a file outside the repository' : `a link to ${target}`}`,
    'exit 2 naming stackgate.yml, nothing of the target printed, no hang',
    async (record) => {
      plant('stackgate.yml', target);
      const r = await stackgate(['validate', '.'], repo.root, { env });
      record(r);
      expectHandled(r, [2], [CANARY]);
      expect(r.stderr).toMatch(message);
    },
  );
}

adversarial('outside', '.stackgate/secrets-baseline.json is a link to /proc/self/environ', 'secrets exits 2 naming the baseline', async (record) => {
  plant('.stackgate/secrets-baseline.json', '/proc/self/environ');
  const r = await stackgate(['secrets', '.', '--mode', 'tree'], repo.root, { env });
  record(r);
  expectHandled(r, [2], [CANARY]);
  expect(r.stderr).toContain('.stackgate/secrets-baseline.json: cannot use the secrets baseline: it is outside the repository');
});

adversarial(
  'outside',
  'secrets --update-baseline into a .stackgate directory that links out of the repository',
  'exit 2, nothing written outside',
  async (record) => {
    fs.symlinkSync(outside, path.join(repo.root, '.stackgate'));
    const r = await stackgate(['secrets', '.', '--mode', 'tree', '--update-baseline'], repo.root, { env });
    record(r);
    expectHandled(r, [2], [CANARY]);
    expect(fs.readdirSync(outside)).toEqual(['secret.yml']);
  },
);

for (const name of ['.env', 'stacks/prod/docker-compose.yml', 'k8s/deploy.yaml']) {
  adversarial(
    'outside',
    `${name} is a link to a file outside the repository`,
    'a core/symlink-outside-repository finding, the file is not read',
    async (record) => {
      plant(name, 'outside');
      const r = await stackgate(['validate', '.', '-f', 'json', '--fail-on', 'never'], repo.root, { env });
      record(r);
      expectHandled(r, [0], [CANARY]);
      const findings = (JSON.parse(r.stdout) as { findings: { checkId: string; file: string }[] }).findings;
      expect(findings).toContainEqual(expect.objectContaining({ checkId: 'core/symlink-outside-repository', file: name }));
    },
  );
}

adversarial(
  'outside',
  'a directory link to / and a FIFO among the repository files',
  'the walk neither follows the link nor opens the FIFO',
  async (record) => {
    fs.symlinkSync('/', path.join(repo.root, 'root'));
    plant('pipe.yml', 'fifo');
    const r = await stackgate(['validate', '.', '-f', 'json', '--fail-on', 'never'], repo.root, { env });
    record(r);
    expectHandled(r, [0], [CANARY]);
    expect((JSON.parse(r.stdout) as { findings: { checkId: string; file: string }[] }).findings).toContainEqual(
      expect.objectContaining({ checkId: 'core/symlink-outside-repository', file: 'root' }),
    );
  },
);

adversarial(
  'outside',
  'Compose include, env_file and extends.file outside the repository',
  'compose/path-outside-repository findings on their lines',
  async (record) => {
    fs.writeFileSync(
      path.join(repo.root, 'docker-compose.yml'),
      `include: [${path.join(outside, 'secret.yml')}]\n${COMPOSE}    env_file: ../../../etc/app.env\n    extends: { file: /etc/base.yml, service: web }\n`,
    );
    const r = await stackgate(['validate', '.', '-f', 'json', '--check', 'compose/path-outside-repository'], repo.root, { env });
    record(r);
    expectHandled(r, [0], [CANARY]);
    const lines = (JSON.parse(r.stdout) as { findings: { checkId: string; line: number }[] }).findings
      .filter((f) => f.checkId === 'compose/path-outside-repository')
      .map((f) => f.line);
    expect(lines).toEqual([1, 5, 6]);
  },
);

adversarial('outside', 'stackgate.yml env files, stack files and the baseline outside the repository', 'exit 2 on the first such line', async (record) => {
  fs.writeFileSync(
    path.join(repo.root, 'stackgate.yml'),
    `environments:\n  prod:\n    envFiles: [${path.join(outside, 'secret.yml')}]\nsecrets:\n  baseline: ../../baseline.json\n`,
  );
  const r = await stackgate(['validate', '.'], repo.root, { env });
  record(r);
  expectHandled(r, [2], [CANARY]);
  expect(r.stderr).toMatch(/^stackgate: stackgate\.yml:3:\d+: environments\.prod\.envFiles\[0\]: expected a path inside the repository/);
});

for (const [name, inputs] of [
  ['validate: sarif-file ../<outside>/x.sarif', (): Record<string, string> => ({ 'sarif-file': path.relative(repo.root, path.join(outside, 'x.sarif')) })],
  ['validate: path /', (): Record<string, string> => ({ path: '/', 'sarif-file': 'x.sarif' })],
  ['validate: path through a committed link to /', (): Record<string, string> => ({ path: 'root', 'sarif-file': 'x.sarif' })],
] as const) {
  adversarial('outside', `actions/${name}`, 'the step fails naming the input; nothing written or read outside', async (record) => {
    fs.symlinkSync('/', path.join(repo.root, 'root'));
    const r = await action('validate', repo.root, { 'changed-only': 'false', 'fail-on': 'never', ...inputs() });
    record(r);
    expectHandled(r, [1], [CANARY]);
    expect(r.stdout).toMatch(/::error::input "(sarif-file|path)": .* is outside the workspace/);
    expect(fs.readdirSync(outside)).toEqual(['secret.yml']);
    expect(fs.existsSync(path.join(repo.root, 'x.sarif'))).toBe(false);
  });
}

adversarial('outside', 'actions/validate: sarif-file is a file link committed to the pull request', 'refused; the link target is untouched', async (record) => {
  fs.symlinkSync(path.join(outside, 'secret.yml'), path.join(repo.root, 'stackgate.sarif'));
  const r = await action('validate', repo.root, { 'changed-only': 'false', 'fail-on': 'never', 'sarif-file': 'stackgate.sarif' });
  record(r);
  expectHandled(r, [1], [CANARY]);
  expect(fs.readFileSync(path.join(outside, 'secret.yml'), 'utf8')).toBe(`token: ${CANARY}\n`);
});

adversarial('outside', 'a pull_request payload whose base.sha is --output=<file>', 'no range (every file validated), git writes nothing', async (record) => {
  const target = path.join(outside, 'pwned');
  const head = repo.git('rev-parse', 'HEAD');
  const r = await action(
    'validate',
    repo.root,
    { 'changed-only': 'true', 'fail-on': 'never' },
    { event: { name: 'pull_request', payload: { pull_request: { number: 1, base: { sha: `--output=${target}` }, head: { sha: head } } } } },
  );
  record(r);
  expectHandled(r, [0]);
  expect(fs.existsSync(target)).toBe(false);
  expect(r.runner.summary()).toContain('compose/healthcheck-missing');
});

adversarial('outside', 'score --base=--output=<file>', 'a note that the base cannot be compared; git writes nothing', async (record) => {
  const target = path.join(outside, 'pwned');
  const r = await stackgate(['score', '.', `--base=--output=${target}`], repo.root);
  record(r);
  expectHandled(r, [0, 1, 2]);
  expect(fs.existsSync(target)).toBe(false);
});
