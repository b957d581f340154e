/** Runs an action's run() in this process as the runner would, capturing stdout and restoring env. */
export async function runActionInProcess(run: (env: NodeJS.ProcessEnv) => Promise<void>, env: Record<string, string>): Promise<{ stdout: string; exitCode: number | undefined }> {
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
