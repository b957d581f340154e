/**
 * The adversarial suite: hostile inputs replayed against what ships (bin/stackgate.js over the
 * committed dist/ bundles, and the action bundles run as the runner runs them). Every case must be
 * handled: a finding or an error naming its file, exit 0, 1 or 2, no stack trace, no hang beyond its
 * bound, and no planted secret in any output.
 *
 * With ADVERSARIAL_RESULTS=<dir>, each file records its cases there as JSON; `npm run adversarial`
 * turns them into the table of docs/adversarial.md. ADVERSARIAL_TARGET=<checkout> runs the cases
 * against another version's bin/ and dist/ (to measure what a change fixed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnCollect, type Collected } from '../helpers/run-action';
import { leaks } from '../helpers/planted-repo';
import { runnerEnv, type RunnerFiles } from '../helpers/runner';

export const ROOT = path.join(__dirname, '../..');
/** What is tested: this checkout, or ADVERSARIAL_TARGET (a checkout of another version, to compare). */
const TARGET = process.env.ADVERSARIAL_TARGET ? path.resolve(process.env.ADVERSARIAL_TARGET) : ROOT;
export const BIN = path.join(TARGET, 'bin/stackgate.js');

export interface CaseResult {
  area: string;
  name: string;
  expectation: string;
  result: 'handled' | 'FAILED';
  exitCode: number | null;
  ms: number;
}

const results: CaseResult[] = [];

/** One adversarial case: a jest test whose outcome is also recorded for docs/adversarial.md. */
export function adversarial(area: string, name: string, expectation: string, fn: (record: (r: Ran) => void) => Promise<void>, timeoutMs = 60_000): void {
  test(
    `${area}: ${name} → ${expectation}`,
    async () => {
      let ran: Ran | undefined;
      const started = Date.now();
      try {
        await fn((r) => (ran = r));
        results.push({ area, name, expectation, result: 'handled', exitCode: ran?.code ?? null, ms: ran?.ms ?? Date.now() - started });
      } catch (e) {
        results.push({ area, name, expectation, result: 'FAILED', exitCode: ran?.code ?? null, ms: ran?.ms ?? Date.now() - started });
        throw e;
      }
    },
    timeoutMs + 10_000,
  );
}

afterAll(() => {
  const dir = process.env.ADVERSARIAL_RESULTS;
  if (!dir || !results.length) return;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${path.basename(expect.getState().testPath ?? 'cases', '.test.ts')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
});

export interface Ran extends Collected {
  ms: number;
  /** Every byte the run wrote: stdout, stderr and the files it produced. */
  everything: string;
}

/** bin/stackgate.js with `args` in `cwd`; killed after `boundMs` (then `code` is null). `peakRssMb`: the most memory it held. */
export async function stackgate(
  args: string[],
  cwd: string,
  options: { env?: Record<string, string>; boundMs?: number; files?: string[] } = {},
): Promise<Ran & { peakRssMb: number }> {
  const started = Date.now();
  let peakRssMb = 0;
  const r = await spawnCollect(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...options.env },
    timeoutMs: options.boundMs ?? 30_000,
    onSpawn: (pid) => {
      const timer = setInterval(() => (peakRssMb = Math.max(peakRssMb, rssMb(pid))), 25);
      return () => clearInterval(timer);
    },
  });
  return { ...withEverything(r, Date.now() - started, options.files ?? []), peakRssMb };
}

/** Resident memory of a running process, from /proc (0 once it has ended). */
function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0; // The process has just ended.
  }
}

/** An action bundle (dist/<name>/index.js) run as the runner runs it: INPUT_*, GITHUB_OUTPUT, summary. */
export async function action(
  name: string,
  workspace: string,
  inputs: Record<string, string>,
  options: { env?: Record<string, string>; boundMs?: number; files?: string[]; event?: { name: string; payload: unknown } } = {},
): Promise<Ran & { runner: RunnerFiles }> {
  const runner = runnerEnv(workspace, inputs, options.env ?? {});
  runner.env.RUNNER_TEMP = runner.dir;
  if (options.event) {
    runner.env.GITHUB_EVENT_NAME = options.event.name;
    runner.env.GITHUB_EVENT_PATH = path.join(runner.dir, 'event.json');
    fs.writeFileSync(runner.env.GITHUB_EVENT_PATH, JSON.stringify(options.event.payload));
  }
  const started = Date.now();
  const r = await spawnCollect(process.execPath, [path.join(TARGET, 'dist', name, 'index.js')], {
    cwd: workspace,
    env: { PATH: process.env.PATH ?? '', HOME: runner.dir, ...runner.env },
    timeoutMs: options.boundMs ?? 30_000,
  });
  const outputs = [runner.env.GITHUB_OUTPUT, runner.env.GITHUB_STEP_SUMMARY, ...listFiles(runner.dir), ...(options.files ?? [])];
  return { ...withEverything(r, Date.now() - started, outputs), runner };
}

function withEverything(r: Collected, ms: number, files: string[]): Ran {
  const texts = [...new Set(files)].filter((f) => fs.existsSync(f) && fs.statSync(f).isFile()).map((f) => fs.readFileSync(f, 'utf8'));
  return { ...r, ms, everything: [r.stdout, r.stderr, ...texts].join('\n') };
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}

/** The generic expectations: an allowed exit code (not killed by the bound), no stack trace, no internal error, no planted value. */
export function expectHandled(r: Ran, codes: number[], planted: readonly string[] = []): void {
  expect(codes).toContain(r.code);
  expect(r.everything).not.toMatch(/\n\s+at [^\n]+:\d+:\d+\)?\n/);
  expect(r.everything).not.toMatch(/internal error/i);
  expect(leaks(r.everything, planted)).toEqual([]);
}
