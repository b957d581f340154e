/**
 * The logging port, the one every layer logs through. Implementations: actionLog (src/actions/log.ts,
 * over @actions/core, fencing untrusted text), the CLI's stderr log (src/cli/stderr-log.ts) and, in
 * tests, RecordingLogger (__tests__/helpers/recording-logger.ts).
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}
