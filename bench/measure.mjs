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
export async function measure(command, args, { runs, okCodes = [0, 1], verify = () => ({}), onRun = () => {}, ...spawnOptions }) {
  const times = [];
  let facts;
  for (let i = 0; i < runs; i++) {
    const result = await timeOnce(command, args, spawnOptions);
    const output = () => (result.stderr.trim() || result.stdout.trim()).slice(0, 2000);
    if (!okCodes.includes(result.code)) throw new MeasureError(`exit code ${result.code}`, output());
    try {
      facts = verify(result);
    } catch (e) {
      throw new MeasureError(`exit code ${result.code} but ${e.message}`, output());
    }
    times.push(result.ms);
    onRun(i + 1, result.ms);
  }
  return { runs: times, ...stats(times), facts };
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
