/**
 * helpers/required-tool.ts: a suite that needs promtool is skipped with a note where promtool is
 * missing, and fails where it is missing in CI. Checked on the helper itself, then on the real
 * promtool adapter suite run by jest in a child process with a PATH that has no promtool.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeWithTool, isCi, type RequiredTool } from '../helpers/required-tool';

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, '../..');
const MISSING: RequiredTool = { command: 'stackgate-no-such-tool', probeArgs: ['--version'], install: 'apt-get install no-such-tool', suite: 'x.test.ts' };

describe('describeWithTool', () => {
  test('a program that runs: describe itself, no note', () => {
    const notes: string[] = [];
    const found = describeWithTool({ ...MISSING, command: process.execPath, probeArgs: ['-e', ''] }, { CI: 'true', PATH: process.env.PATH }, (n) =>
      notes.push(n),
    );
    expect(found).toBe(describe);
    expect(notes).toEqual([]);
  });

  test('missing outside CI: describe.skip and a note naming the suite, the program and the install', () => {
    const notes: string[] = [];
    expect(describeWithTool(MISSING, { PATH: process.env.PATH }, (n) => notes.push(n))).toBe(describe.skip);
    expect(notes).toEqual([
      expect.stringMatching(
        /^x\.test\.ts: tests that need stackgate-no-such-tool skipped, .*ENOENT.*; apt-get install no-such-tool to run them \(with CI=true they fail instead\)\n$/,
      ),
    ]);
  });

  test('missing in CI: throws, naming the program and the install', () => {
    expect(() => describeWithTool(MISSING, { CI: 'true', PATH: process.env.PATH }, () => undefined)).toThrow(
      /^x\.test\.ts: stackgate-no-such-tool cannot run \(.*ENOENT.*\), and CI must run these tests: apt-get install no-such-tool$/,
    );
  });

  test('a program that runs but fails its probe counts as missing', () => {
    const notes: string[] = [];
    expect(describeWithTool({ ...MISSING, command: process.execPath, probeArgs: ['-e', 'process.exit(3)'] }, {}, (n) => notes.push(n))).toBe(describe.skip);
    expect(notes[0]).toContain('exited with 3');
  });

  test.each([
    ['true', true],
    ['1', true],
    ['TRUE', true],
    ['false', false],
    ['0', false],
    ['', false],
    [undefined, false],
  ])('CI=%p is CI: %p', (value, expected) => {
    expect(isCi(value === undefined ? {} : { CI: value })).toBe(expected);
  });
});

interface JestJson {
  numFailedTestSuites: number;
  numRuntimeErrorTestSuites: number;
  numPassedTests: number;
  numPendingTests: number;
  numFailedTests: number;
  testResults: { message: string; assertionResults: { ancestorTitles: string[]; status: string }[] }[];
}

describe('the promtool adapter suite without promtool on PATH', () => {
  const SUITE = '__tests__/adapters/prometheus/promtool.test.ts';
  let dir: string;
  let pathWithoutPromtool: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-required-tool-'));
    // Every directory of PATH that holds promtool is replaced by a copy of it (links) without promtool.
    pathWithoutPromtool = (process.env.PATH ?? '')
      .split(path.delimiter)
      .map((entry, i) => {
        if (!entry || !fs.existsSync(path.join(entry, 'promtool'))) return entry;
        const copy = path.join(dir, `path-${i}`);
        fs.mkdirSync(copy);
        for (const name of fs.readdirSync(entry)) if (name !== 'promtool') fs.symlinkSync(path.join(entry, name), path.join(copy, name));
        return copy;
      })
      .join(path.delimiter);
    expect(spawnSync('promtool', ['--version'], { env: { PATH: pathWithoutPromtool } }).error).toMatchObject({ code: 'ENOENT' });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function runSuite(ci: boolean): { code: number | null; stderr: string; results: JestJson } {
    const out = path.join(dir, `results-${ci}.json`);
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: pathWithoutPromtool };
    delete env.CI;
    if (ci) env.CI = 'true';
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/jest/bin/jest.js'), '--runTestsByPath', SUITE, '--runInBand', '--watchman=false', '--json', '--outputFile', out],
      { cwd: ROOT, env, encoding: 'utf8' },
    );
    return { code: r.status, stderr: r.stderr, results: JSON.parse(fs.readFileSync(out, 'utf8')) as JestJson };
  }

  test('outside CI: the tests that need promtool are skipped with a note, the others pass', () => {
    const { code, stderr, results } = runSuite(false);
    expect(stderr).toContain('adapters/prometheus/promtool.test.ts: tests that need promtool skipped');
    const byStatus = (status: string) =>
      [...new Set(results.testResults[0].assertionResults.filter((t) => t.status === status).map((t) => t.ancestorTitles[0]))].sort();
    expect(byStatus('pending')).toEqual(['createPromtoolRunner config', 'createPromtoolRunner rules']);
    expect(byStatus('passed')).toEqual(['createPromtoolRunner when promtool cannot run', 'parseOutput']);
    expect(results.numFailedTests).toBe(0);
    expect(code).toBe(0);
  });

  test('with CI=true: the suite fails, naming promtool and how to install it', () => {
    const { code, results } = runSuite(true);
    expect(code).toBe(1);
    expect(results.numRuntimeErrorTestSuites).toBe(1);
    expect(results.testResults[0].message).toContain('adapters/prometheus/promtool.test.ts: promtool cannot run');
    expect(results.testResults[0].message).toContain('CI must run these tests: apt-get install prometheus');
  });
});
