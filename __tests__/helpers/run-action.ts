import { spawn } from 'node:child_process';
/** Runs an action's run() in this process as the runner would, capturing stdout and restoring env. */
export async function runActionInProcess(
  run: (env: NodeJS.ProcessEnv) => Promise<void>,
  env: Record<string, string>,
): Promise<{ stdout: string; exitCode: number | undefined }> {
  const saved = { ...process.env };
  const savedExit = process.exitCode;
  let stdout = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  }) as typeof process.stdout.write;
  Object.assign(process.env, env);
  process.exitCode = undefined;
  try {
    await run(process.env);
    return { stdout, exitCode: process.exitCode as number | undefined };
  } finally {
    process.stdout.write = write;
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
    process.exitCode = savedExit;
  }
}

export interface Collected {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Spawns a process and collects its output, without blocking this process (servers the test runs
 * in-process keep answering it, unlike with spawnSync). Killed after `timeoutMs`.
 */
export function spawnCollect(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; onSpawn?: (pid: number) => () => void } = {},
): Promise<Collected> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stopWatching = child.pid !== undefined && options.onSpawn ? options.onSpawn(child.pid) : () => undefined;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      stopWatching();
      resolve({ code, stdout, stderr });
    });
  });
}
