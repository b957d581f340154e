/**
 * The validate use case on real repositories: fail-on from the input over stackgate.yml, inputs of
 * unknown values in the entry point's words, and the changed files of a commit range under a folder.
 */
import path from 'node:path';
import { UserError } from '../../src/core/errors';
import { validateRepository, type ValidateRepositoryOptions } from '../../src/app/validate-repository';
import { gitRepo, type GitRepo } from '../helpers/git-repo';
import { RecordingLogger } from '../helpers/recording-logger';

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
