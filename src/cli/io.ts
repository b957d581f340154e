/** What the CLI needs from the process, passed in so tests can call main() directly. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colours). */
  isTTY: boolean;
  /** Writes a file (for --output); tests may capture instead. */
  writeFile(path: string, content: string): void;
  /** The secret scanner's worker bundle, when running from dist/: scanning starts threads from it. */
  workerEntry?: string;
}
