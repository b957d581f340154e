// @ts-check
// Timing a command line: each run is a fresh child process, timed wall-clock from spawn to exit
// with process.hrtime.bigint() (so Node start-up is included, as a user or CI runner sees it).
// stdout is collected in memory for the caller to verify what the tool did; nothing is printed.
import { spawn } from 'node:child_process';

/**
 * What one run did: wall-clock time, exit code (or the signal that ended it) and its output.
 * @typedef {{ ms: number, code: number | NodeJS.Signals | null, stdout: string, stderr: string }} RunResult
 */

/**
 * Runs `command args` once; resolves { ms, code, stdout, stderr }.
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<RunResult>}
 */
export function timeOnce(command, args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ ms, code: code ?? signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/**
 * Runs a command `runs` times in sequence. `okCodes` are the exit codes that mean the tool worked
 * (1 = "found problems" for linters); anything else throws a MeasureError. `verify` gets each run's
 * result and returns facts to keep (e.g. how many files the tool reported on); it throws when the
 * output shows the tool did not do the work, which also becomes a MeasureError.
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ runs: number, okCodes?: readonly (number | string | null)[], verify?: (result: RunResult) => any, onRun?: (run: number, ms: number) => void, cwd?: string, env?: NodeJS.ProcessEnv }} options
 */
export async function measure(command, args, { runs, onRun = () => {}, ...options }) {
  const times = [];
  let facts;
  for (let i = 0; i < runs; i++) {
    const run = await runChecked(command, args, options);
    facts = run.facts;
    times.push(run.ms);
    onRun(i + 1, run.ms);
  }
  return { runs: times, ...stats(times), facts };
}

/**
 * Measures several command lines as measure() does, interleaved: run i of every one before run
 * i + 1 of any, so that load from elsewhere on the machine spreads over all of them. `between`
 * runs after each round with that round's times (undefined for a command line that failed), for
 * something measured alongside. A command line whose run fails gets its MeasureError in place of a
 * result; the others go on.
 * @param {{ command: string, args: readonly string[], okCodes?: readonly (number | string | null)[], verify?: (result: RunResult) => any, onRun?: (run: number, ms: number) => void, cwd?: string, env?: NodeJS.ProcessEnv }[]} specs
 * @param {{ runs: number, between?: (round: number, ms: (number | undefined)[]) => Promise<void> }} options
 */
export async function measureInterleaved(specs, { runs, between = async () => {} }) {
  const times = specs.map(() => []);
  const facts = [];
  const failed = [];
  for (let round = 1; round <= runs; round++) {
    const roundMs = [];
    for (const [i, { command, args, onRun = () => {}, ...options }] of specs.entries()) {
      if (failed[i]) continue;
      try {
        const run = await runChecked(command, args, options);
        facts[i] = run.facts;
        times[i].push(run.ms);
        roundMs[i] = run.ms;
        onRun(round, run.ms);
      } catch (e) {
        if (!(e instanceof MeasureError)) throw e;
        failed[i] = e;
      }
    }
    await between(round, roundMs);
  }
  return specs.map((_, i) => failed[i] ?? { runs: times[i], ...stats(times[i]), facts: facts[i] });
}

/**
 * One run that must have done its job: an exit code of `okCodes`, and `verify` returning facts.
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ okCodes?: readonly (number | string | null)[], verify?: (result: RunResult) => any, cwd?: string, env?: NodeJS.ProcessEnv }} options
 */
async function runChecked(command, args, { okCodes = [0, 1], verify = () => ({}), ...spawnOptions }) {
  const result = await timeOnce(command, args, spawnOptions);
  const output = () => (result.stderr.trim() || result.stdout.trim()).slice(0, 2000);
  if (!okCodes.includes(result.code)) throw new MeasureError(`exit code ${result.code}`, output());
  try {
    return { ms: result.ms, facts: verify(result) };
  } catch (e) {
    throw new MeasureError(`exit code ${result.code} but ${e.message}`, output());
  }
}

/**
 * Runs `copies` copies of a command line at once; resolves with the wall-clock time from the first
 * spawn to the last exit. Each copy must exit with one of `okCodes`.
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ copies: number, okCodes?: readonly (number | string | null)[], cwd?: string, env?: NodeJS.ProcessEnv }} options
 */
export async function timeTogether(command, args, { copies, okCodes = [0, 1], ...spawnOptions }) {
  const started = process.hrtime.bigint();
  const results = await Promise.all(Array.from({ length: copies }, () => timeOnce(command, args, spawnOptions)));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const bad = results.find((r) => !okCodes.includes(r.code));
  if (bad) throw new MeasureError(`exit code ${bad.code}`, (bad.stderr.trim() || bad.stdout.trim()).slice(0, 2000));
  return ms;
}

/** A tool run that did not do its job: `reason` for the table, `output` (its stderr) for the log. */
export class MeasureError extends Error {
  /**
   * @param {string} reason
   * @param {string} [output]
   */
  constructor(reason, output) {
    super(reason);
    this.name = 'MeasureError';
    this.output = output;
  }
}

/** @param {readonly number[]} times */
export function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { medianMs: median, minMs: sorted[0], maxMs: sorted[sorted.length - 1] };
}
