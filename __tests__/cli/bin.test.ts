/**
 * The installed executable, bin/stackgate.js, over the committed bundle: every command starts from
 * dist/cli/index.js and loads its own chunks of dist/bundle/. Async spawns: the fixture server runs in
 * this process and must keep answering.
 */
import path from 'node:path';
import { smokeReportSchema } from '../../src/core/smoke/report-schema';
import { VERSION } from '../../src/core/version';
import { startFixtureServer, type RunningServer } from '../helpers/mcp-fixtures';
import { spawnCollect } from '../helpers/run-action';

const BIN = path.join(__dirname, '../../bin/stackgate.js');

const stackgate = (args: string[]) =>
  spawnCollect(process.execPath, [BIN, ...args], { cwd: path.join(__dirname, '../..'), env: { PATH: process.env.PATH ?? '' } });

let server: RunningServer;
beforeAll(async () => {
  server = await startFixtureServer('good');
});
afterAll(() => server.close());

it('smoke: checks a server and prints the JSON report', async () => {
  const r = await stackgate([
    'smoke',
    '--url',
    server.url,
    '--expect-tool',
    'echo',
    '--call',
    'echo {"message":"bin"}',
    '--expect-contains',
    'Echo: bin',
    '-f',
    'json',
  ]);
  expect(r.stderr).toMatch(/pass \(0 failed of \d+ checks\)/);
  expect(r.code).toBe(0);
  const report = smokeReportSchema.parse(JSON.parse(r.stdout));
  expect(report.targets[0].checks.find((c) => c.id === 'call:echo')?.status).toBe('pass');
});

it('smoke: usage errors and --help come from the smoke command too', async () => {
  const bad = await stackgate(['smoke', '--bogus']);
  expect(bad.code).toBe(2);
  expect(bad.stderr.trim().split('\n')[0]).toMatch(/^stackgate: .*--bogus/);
  const help = await stackgate(['smoke', '--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^stackgate smoke \[path\]/);
});

it('other commands run from dist/cli', async () => {
  const version = await stackgate(['--version']);
  expect(version.stdout.trim()).toBe(VERSION);
  const checks = await stackgate(['checks', '--format', 'json']);
  expect(checks.code).toBe(0);
  expect((JSON.parse(checks.stdout) as unknown[]).length).toBeGreaterThan(60);
});
