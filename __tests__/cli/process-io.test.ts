/**
 * The CLI as a real process whose stdout reader goes away, as in `stackgate validate . | head -1`:
 * the sources run in a child (helpers/ts-child.cjs) with stdout a pipe this test closes, either
 * after the first line (with over two pipe buffers, 2 x 64 KiB, of output still unwritten, so the
 * child surely meets EPIPE) or before the child writes at all (`| true`).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { tempRepo, type TempRepo } from '../helpers/temp-repo';

const ENTRY = path.join(__dirname, '../helpers/cli-entry.ts');
const PRELOAD = path.join(__dirname, '../helpers/ts-child.cjs');

interface HeadResult {
  firstLine: string;
  code: number | null;
  stderr: string;
}

/** Runs the CLI with stdout piped into a reader that closes the pipe after `lines` lines (0: at once). */
function cliThroughHead(args: string[], cwd: string, lines: 0 | 1): Promise<HeadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', PRELOAD, ENTRY, ...args], { cwd, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    if (lines === 0) child.stdout.destroy();
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) child.stdout.destroy();
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ firstLine: out.split('\n')[0], code, stderr }));
  });
}

describe('a closed stdout ends the output quietly', () => {
  let repo: TempRepo;
  beforeAll(() => {
    // 300 services without healthchecks, limits or users: about a megabyte of JSON findings.
    const services = Array.from({ length: 300 }, (_, i) => `  svc-${i}:\n    image: nginx:latest\n`).join('');
    repo = tempRepo({ 'docker-compose.yml': `services:\n${services}` });
  });
  afterAll(() => repo.cleanup());

  test('stackgate validate . -f json | head -1: no EPIPE stack trace, and the exit code is the verdict', async () => {
    const r = await cliThroughHead(['validate', '.', '-f', 'json', '--promtool', 'never'], repo.root, 1);
    expect(r.firstLine).toBe('{');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // error findings (latest tags), as without the pipe
  });

  test('stackgate validate . | true (text, closed before the first line): quiet, the verdict as exit code', async () => {
    const r = await cliThroughHead(['validate', '.', '--promtool', 'never'], repo.root, 0);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });

  test('stackgate checks | true: quiet, exit 0', async () => {
    const r = await cliThroughHead(['checks'], repo.root, 0);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
