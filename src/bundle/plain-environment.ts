/**
 * The process's environment as a plain object. `process.env` is backed by the C library: every
 * property read is a getenv(3) call through V8's interceptors, and the yaml parser reads
 * `process.env.LOG_TOKENS` once per token (yaml 2.x, `Parser#next`), a fifth of the time it takes
 * to parse a manifest. A copy made once at start-up holds the same values; child processes and
 * worker threads are started with it as before (it is what they inherit), and writes to it still
 * reach them. Windows is left alone: there `process.env` matches names case-insensitively (`Path`
 * is `PATH`), which a plain object would not.
 */
export function usePlainEnvironment(proc: { platform: string; env: NodeJS.ProcessEnv }): void {
  if (proc.platform === 'win32') return;
  proc.env = { ...proc.env };
}
