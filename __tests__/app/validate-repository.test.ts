/**
 * The validate use case on real repositories: fail-on from the input over stackgate.yml, inputs of
 * unknown values in the entry point's words, and the changed files of a commit range under a folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../src/core/errors';
import { validateRepository, type ValidateRepositoryOptions } from '../../src/app/validate-repository';
import { stacksTouched } from '../../src/core/validate/stacks-touched';
import { gitRepo, type GitRepo } from '../helpers/git-repo';
import { RecordingLogger } from '../helpers/recording-logger';
import { tempRepo } from '../helpers/temp-repo';

const noHealthcheck = `services:
  api:
    image: ghcr.io/acme/api:1.2.3
    restart: unless-stopped
`;
const invalidInput: ValidateRepositoryOptions['invalidInput'] = (input, value) => new UserError(`${input}: "${value}"`);

let repo: GitRepo;
let baseSha: string;
beforeEach(() => {
  repo = gitRepo();
  baseSha = repo.commit('base', { 'fleet/a/docker-compose.yml': noHealthcheck, 'stackgate.yml': 'failOn: never\n' });
  repo.commit('add a stack', { 'fleet/b/docker-compose.yml': noHealthcheck, 'other/docker-compose.yml': noHealthcheck });
});
afterEach(() => repo.cleanup());

test('fail-on comes from stackgate.yml unless given; a finding at or above it fails the run', async () => {
  const log = new RecordingLogger();
  const fromConfig = await validateRepository({ root: repo.root, invalidInput }, { log });
  expect(fromConfig.failOn).toBe('never');
  expect(fromConfig.failed).toBe(false);
  const given = await validateRepository({ root: repo.root, failOn: 'warning', invalidInput }, { log });
  expect(given.failOn).toBe('warning');
  expect(given.validation.findings.some((f) => f.severity === 'warning')).toBe(true);
  expect(given.failed).toBe(true);
  expect(log.lines).toContainEqual({ level: 'info', message: '[group] Validate' });
});

test("an unknown fail-on or promtool mode is the entry point's error, thrown before anything runs", async () => {
  const log = new RecordingLogger();
  await expect(validateRepository({ root: repo.root, failOn: 'sometimes', invalidInput }, { log })).rejects.toThrow('fail-on: "sometimes"');
  await expect(validateRepository({ root: repo.root, promtool: 'maybe', invalidInput }, { log })).rejects.toThrow('promtool: "maybe"');
  expect(log.lines).toEqual([]);
});

test('a commit range lists the changed files under the folder; changed-only reports only theirs', async () => {
  const log = new RecordingLogger();
  const root = path.join(repo.root, 'fleet');
  const changes = { workspace: repo.root, range: { base: baseSha, head: 'HEAD' }, prefix: 'fleet' };
  const result = await validateRepository({ root, failOn: 'warning', invalidInput, changes, changedOnly: true }, { log });
  expect([...(result.changed ?? [])]).toEqual(['b/docker-compose.yml']);
  expect(new Set(result.validation.findings.map((f) => f.file))).toEqual(new Set(['b/docker-compose.yml']));
  // The stacks are those under the folder, named as they are in it: the change touches b only.
  expect(stacksTouched(result.validation.compose, result.changed)).toEqual(['b']);
  expect(stacksTouched(result.validation.compose)).toEqual(['a', 'b']);
  expect(log.lines).toContainEqual({ level: 'info', message: `2 files changed in ${baseSha.slice(0, 7)}...HEAD` });

  const everyFile = await validateRepository({ root, failOn: 'warning', invalidInput, changes }, { log });
  expect(new Set(everyFile.validation.findings.map((f) => f.file))).toEqual(new Set(['a/docker-compose.yml', 'b/docker-compose.yml']));
});

test('when git cannot list the changes, a warning says so and every file is validated', async () => {
  const log = new RecordingLogger();
  const changes = { workspace: repo.root, range: { base: 'no-such-commit', head: 'HEAD' }, prefix: '' };
  const result = await validateRepository({ root: repo.root, invalidInput, changes, changedOnly: true }, { log });
  expect(result.changed).toBeUndefined();
  expect(log.lines.find((l) => l.level === 'warning')?.message).toMatch(
    /^cannot list changed files \(.*\); fetch history with actions\/checkout fetch-depth: 0\. Validating every file\.$/,
  );
  expect(result.validation.findings.map((f) => f.file)).toEqual(expect.arrayContaining(['fleet/a/docker-compose.yml', 'other/docker-compose.yml']));
});

test('changed-only without a commit range validates every file and says why', async () => {
  const log = new RecordingLogger();
  await validateRepository({ root: repo.root, invalidInput, changedOnly: true }, { log });
  expect(log.lines[0]).toEqual({ level: 'info', message: 'changed-only: this event has no commit range; validating every file' });
});

describe('config discovery: the nearest stackgate.yml at or above the path governs it', () => {
  const HEALTHCHECK = 'compose/healthcheck-missing';
  const idsIn = (result: { validation: { findings: { checkId: string; file: string }[] } }, file: string): string[] =>
    result.validation.findings.filter((f) => f.file === file).map((f) => f.checkId);

  test('a subdirectory is validated under the stackgate.yml above it, its findings relative to it and only its own', async () => {
    repo.commit('turn the check off', { 'stackgate.yml': `failOn: never\nchecks:\n  ${HEALTHCHECK}: off\n` });
    const log = new RecordingLogger();
    const result = await validateRepository({ root: path.join(repo.root, 'fleet'), invalidInput }, { log });
    expect(result.root).toBe(repo.root);
    expect(result.configFile).toBe('stackgate.yml');
    expect(result.failOn).toBe('never');
    expect(new Set(result.validation.findings.map((f) => f.file))).toEqual(new Set(['a/docker-compose.yml', 'b/docker-compose.yml']));
    expect(idsIn(result, 'a/docker-compose.yml')).not.toContain(HEALTHCHECK);
    expect(log.lines).toContainEqual({ level: 'info', message: expect.stringMatching(/^fleet\/ is governed by .*stackgate\.yml: validating that tree/) });
  });

  test('a subdirectory git ignores, named outright, is validated as a tree of its own, never dropped', async () => {
    repo.commit('ignore the build output', { '.gitignore': 'generated/\n', 'stackgate.yml': 'failOn: never\n' });
    fs.mkdirSync(path.join(repo.root, 'generated'), { recursive: true });
    fs.writeFileSync(path.join(repo.root, 'generated/docker-compose.yml'), noHealthcheck);
    const log = new RecordingLogger();
    const result = await validateRepository({ root: path.join(repo.root, 'generated'), invalidInput }, { log });
    expect(result.root).toBe(path.join(repo.root, 'generated'));
    expect(result.summary.filesChecked).toBeGreaterThan(0);
    expect(idsIn(result, 'docker-compose.yml')).toContain(HEALTHCHECK);
    expect(log.lines).toContainEqual({
      level: 'info',
      message: expect.stringMatching(/^generated\/ is ignored by git in .*: validating it as a tree of its own/),
    });
  });

  test('a nested stackgate.yml governs its own subtree, in a run of the whole repository and of the subtree', async () => {
    repo.commit('fleet b warns', { 'fleet/b/stackgate.yml': `checks:\n  ${HEALTHCHECK}: error\n` });
    const log = new RecordingLogger();
    const whole = await validateRepository({ root: repo.root, invalidInput }, { log });
    const severityIn = (r: typeof whole, file: string) => r.validation.findings.find((f) => f.file === file && f.checkId === HEALTHCHECK)?.severity;
    expect(severityIn(whole, 'fleet/a/docker-compose.yml')).toBe('warning');
    expect(severityIn(whole, 'fleet/b/docker-compose.yml')).toBe('error');
    expect(whole.validation.findings.filter((f) => f.file === 'fleet/b/docker-compose.yml' && f.checkId === HEALTHCHECK)).toHaveLength(1);
    expect(log.lines).toContainEqual({ level: 'info', message: 'fleet/b/: validated with its own stackgate.yml' });

    const subtree = await validateRepository({ root: path.join(repo.root, 'fleet/b'), invalidInput }, { log });
    expect(subtree.root).toBe(path.join(repo.root, 'fleet/b'));
    expect(severityIn(subtree, 'docker-compose.yml')).toBe('error');
    const parent = await validateRepository({ root: path.join(repo.root, 'fleet'), invalidInput }, { log });
    expect(severityIn(parent, 'b/docker-compose.yml')).toBe('error');
    expect(severityIn(parent, 'a/docker-compose.yml')).toBe('warning');
  });

  test('a nested stackgate.yml that the outer one excludes is not a tree of its own', async () => {
    repo.commit('exclude fleet', { 'stackgate.yml': 'exclude: ["fleet/**"]\n', 'fleet/b/stackgate.yml': 'failOn: {}\n' });
    const result = await validateRepository({ root: repo.root, invalidInput }, { log: new RecordingLogger() });
    expect(result.validation.findings.some((f) => f.file.startsWith('fleet/'))).toBe(false);
  });

  test('a broken nested stackgate.yml is a config error naming its file and line', async () => {
    repo.commit('break fleet b', { 'fleet/b/stackgate.yml': 'failOn: sometimes\n' });
    await expect(validateRepository({ root: repo.root, invalidInput }, { log: new RecordingLogger() })).rejects.toMatchObject({
      file: 'fleet/b/stackgate.yml',
      line: 1,
      message: expect.stringContaining('failOn'),
    });
  });

  test('nothing above the top level of the git repository is read', async () => {
    const outer = tempRepo({ 'stackgate.yml': 'failOn: [not, a, severity]\n' });
    try {
      const inner = gitRepo();
      try {
        // The git repository sits inside a directory whose stackgate.yml is broken: it is never read.
        fs.renameSync(inner.root, path.join(outer.root, 'repo'));
        fs.mkdirSync(path.join(outer.root, 'repo', 'stacks'));
        fs.writeFileSync(path.join(outer.root, 'repo', 'stacks', 'compose.yml'), noHealthcheck);
        const result = await validateRepository({ root: path.join(outer.root, 'repo', 'stacks'), invalidInput }, { log: new RecordingLogger() });
        expect(result.root).toBe(path.join(outer.root, 'repo', 'stacks'));
        expect(result.configFile).toBeUndefined();
      } finally {
        inner.cleanup();
      }
    } finally {
      outer.cleanup();
    }
  });

  test('outside git, the search goes up the directories', async () => {
    const outer = tempRepo({ 'stackgate.yml': `checks:\n  ${HEALTHCHECK}: error\n`, 'homelab/app/compose.yml': noHealthcheck });
    try {
      const result = await validateRepository({ root: path.join(outer.root, 'homelab'), invalidInput }, { log: new RecordingLogger() });
      expect(result.root).toBe(outer.root);
      expect(result.validation.findings.find((f) => f.checkId === HEALTHCHECK)).toMatchObject({ file: 'app/compose.yml', severity: 'error' });
    } finally {
      outer.cleanup();
    }
  });
});
