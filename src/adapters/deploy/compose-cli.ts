/**
 * The programs the Compose driver runs: `docker compose` (the v2 plugin) or, where the plugin is not
 * installed, `docker-compose` (v1, Debian's python package), and the `docker` CLI for what Compose v1
 * cannot say (container state, health, logs, digests).
 *
 * - Every child is bounded by the deploy's deadline and signal with its whole process group
 *   (bounded-process.ts): `ssh`, which the Docker CLI starts for an `ssh://` DOCKER_HOST, goes too.
 * - Its environment is the inherited one with DOCKER_HOST set to the target (DOCKER_CONTEXT dropped,
 *   it would win over it) and stackgate's variables on top, for Compose to substitute. Action inputs
 *   (INPUT_*), the runner's tokens (ACTIONS_*), GITHUB_TOKEN, stackgate's credential variables and
 *   any value equal to a credential of the run are left out. The environment is never logged, and
 *   what a child prints is shown only through `redact`, which hides every variable's value.
 */
import { redact } from '../../core/smoke/template';
import { runBounded } from '../bounded-process';

export interface ChildBounds {
  /** Epoch milliseconds (on the `now` clock) by which the child must have ended. */
  deadline: number;
  now: () => number;
  signal: AbortSignal;
}

export interface ChildResult {
  /** Exit code; null when a signal ended it. */
  code: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export type ChildFailureKind = 'missing' | 'timeout' | 'cancelled' | 'spawn';

/** A child that did not run to its end: not installed, killed at the deadline or on cancel, or not started. */
export class ChildProcessError extends Error {
  constructor(
    message: string,
    readonly kind: ChildFailureKind,
  ) {
    super(message);
    this.name = 'ChildProcessError';
  }
}

/** A variable's value shorter than this is not looked for in output (it would blot out ordinary words). */
const MIN_REDACTED_CHARS = 4;

/** Runs `command args` to its end; a ChildProcessError when it cannot start or is killed at the deadline or on cancel. */
export async function runChild(command: string, args: readonly string[], env: NodeJS.ProcessEnv, bounds: ChildBounds, what: string): Promise<ChildResult> {
  if (bounds.signal.aborted) throw new ChildProcessError(`${what}: not started, the deploy was cancelled`, 'cancelled');
  if (bounds.deadline - bounds.now() <= 0) throw new ChildProcessError(`${what}: not started, the deploy's time is up`, 'timeout');
  const res = await runBounded(command, [...args], { deadline: bounds.deadline, signal: bounds.signal, now: bounds.now, env }).catch(
    (e: NodeJS.ErrnoException) => {
      throw e.code === 'ENOENT'
        ? new ChildProcessError(`${command} is not installed (not found on PATH)`, 'missing')
        : new ChildProcessError(`${what}: ${command} did not start (${e.code ?? e.message})`, 'spawn');
    },
  );
  if (res.killed === 'aborted') throw new ChildProcessError(`${what}: stopped, the deploy was cancelled`, 'cancelled');
  if (res.killed === 'deadline') throw new ChildProcessError(`${what}: killed at the deploy's deadline, after ${Math.round(res.durationMs)} ms`, 'timeout');
  return { code: res.code, stdout: res.stdout, stderr: res.stderr, durationMs: res.durationMs };
}

/**
 * The environment of every child: `inherited` without what holds credentials (isWithheld, and any
 * value equal to one of `credentials`), DOCKER_HOST set to `host` when there is one, then `variables`.
 */
export function childEnvironment(
  inherited: NodeJS.ProcessEnv,
  host: string | undefined,
  variables: Readonly<Record<string, string>>,
  credentials: readonly (string | undefined)[],
): NodeJS.ProcessEnv {
  const hidden = new Set(credentials.filter((c): c is string => !!c));
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(inherited)) if (value !== undefined && !isWithheld(name) && !hidden.has(value)) env[name] = value;
  if (host) {
    env.DOCKER_HOST = host;
    delete env.DOCKER_CONTEXT;
  }
  return { ...env, ...variables };
}

/** Variables Compose has no use for that hold credentials: action inputs, the runner's own tokens, stackgate's credentials. */
const isWithheld = (name: string): boolean =>
  name.startsWith('INPUT_') || name.startsWith('ACTIONS_') || ['GITHUB_TOKEN', 'PORTAINER_API_KEY', 'STACKGATE_WEBHOOK_SECRET'].includes(name);

/** Hides every value of `secrets` (longest first, so a value inside another goes with it) as `***`. */
export function valueRedactor(secrets: Iterable<string | undefined>): (text: string) => string {
  const values = [...secrets].filter((v): v is string => !!v && v.length >= MIN_REDACTED_CHARS);
  return (text) => redact(text, values);
}

/** The last lines of a child's output as one line of at most `maxChars` (what a message quotes of it). */
export function outputTail(text: string, maxChars = 400): string {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('; ');
  return line.length > maxChars ? `…${line.slice(-(maxChars - 1))}` : line;
}

/** `ssh://deploy@dev-host`, with a password in it shown as `***`. */
export function displayHost(host: string): string {
  return host.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/:@]*):[^/@]*@/i, '$1:***@');
}
