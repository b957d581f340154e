/**
 * Whether a command colours its text output. The command line wins (the last of --color and
 * --no-color); then Node's rules (tty.WriteStream#getColorDepth, which util.styleText follows):
 * FORCE_COLOR set forces colours on, unless it is "0", "false" or another value Node does not read
 * as a level ("", "1", "2", "3", "true" mean on), whatever NO_COLOR says; then NO_COLOR (any value but
 * empty, as no-color.org says), NODE_DISABLE_COLORS or TERM=dumb turn them off; otherwise colours
 * are on when stdout is a terminal.
 */
import type { CliIo } from './io';

const FORCE_ON = new Set(['', '1', '2', '3', 'true']);

export function shouldColor(args: readonly string[], io: Pick<CliIo, 'env' | 'isTTY'>): boolean {
  const end = args.indexOf('--');
  const flags = (end < 0 ? args : args.slice(0, end)).filter((a) => a === '--color' || a === '--no-color');
  if (flags.length) return flags[flags.length - 1] === '--color';
  const { env } = io;
  if (env.FORCE_COLOR !== undefined) return FORCE_ON.has(env.FORCE_COLOR);
  if (env.NO_COLOR || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return false;
  return io.isTTY;
}

/** The help line of --color / --no-color, the same in every command that colours. */
export const COLOR_HELP = `      --color, --no-color    colours on or off in text output (default: on a terminal; FORCE_COLOR,
                             NO_COLOR and TERM=dumb are honoured as Node reads them)`;
