import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  files: Record<string, string>;
}

/** Runs the CLI in-process with captured streams and file writes. */
export async function runCli(argv: string[], cwd: string, env: Record<string, string> = {}, io: Pick<CliIo, 'validateWorkerEntry'> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const files: Record<string, string> = {};
  const exitCode = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env,
    isTTY: false,
    writeFile: (p, c) => {
      files[p] = c;
    },
    ...io,
  });
  return { exitCode, stdout, stderr, files };
}
