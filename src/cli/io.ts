/** What the CLI needs from the process, passed in so tests can call main() directly. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colours). */
  isTTY: boolean;
  /** The terminal's width when stdout is one: text output wraps to it. None when stdout is a pipe or a file. */
  columns?: number;
  /** Writes a file (for --output); tests may capture instead. */
  writeFile(path: string, content: string): void;
  /** The secret scanner's worker bundle, when running from dist/: scanning starts threads from it. */
  workerEntry?: string;
  /** validate's worker bundle, when running from dist/: validate starts threads from it for large repositories. */
  validateWorkerEntry?: string;
  /**
   * Calls `handler` once when the process is asked to stop (SIGTERM, SIGINT), instead of ending it:
   * for long-running commands (`stackgate bot`) that drain first. Commands that never call it end as
   * the signal ends them.
   */
  onShutdown?(handler: (signal: string) => void): void;
}
