/**
 * The CLI's Logger: stdout carries results only, so every line goes to stderr as
 * `stackgate: <message>`; debug lines only when the run is a debug run (--debug or RUNNER_DEBUG=1);
 * a group is its work alone, with no heading (a terminal has no collapsible groups).
 */
import type { Logger } from '../core/logger';
import type { CliIo } from './io';

/** Whether a command line asks for debug output: --debug, or RUNNER_DEBUG=1 (a re-run with debug logging). */
export function isDebugRun(argv: readonly string[], env: CliIo['env']): boolean {
  return argv.includes('--debug') || env.RUNNER_DEBUG === '1';
}

export function stderrLog(io: Pick<CliIo, 'stderr'>, isDebug: boolean): Logger {
  const write = (message: string): void => {
    io.stderr.write(`stackgate: ${message}\n`);
  };
  return {
    debug: (message) => {
      if (isDebug) write(message);
    },
    info: write,
    warning: write,
    error: write,
    group: (_name, fn) => fn(),
  };
}
