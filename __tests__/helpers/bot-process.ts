/**
 * `stackgate bot` as a child process started from the sources (ts-child.cjs), on 127.0.0.1 and a
 * port of its choosing, for tests that kill it or run several: the URL is read from the line it
 * prints when it listens; stderr is kept for assertions. kill() sends a signal and waits for the exit.
 * `cli` replaces the sources with another entry (the benchmark runs the built bin/stackgate.js).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
/** Node's arguments that run the CLI from the sources. */
const SOURCES = ['-r', path.join(__dirname, 'ts-child.cjs'), path.join(__dirname, 'cli-entry.ts')];
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface BotProcess {
  url: string;
  pid: number;
  stderr(): string;
  /** Sends the signal and waits for the process to end; resolves with its exit code (null when a signal ended it). */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startBotProcess(env: Record<string, string>, timeoutMs = 60_000, cli: string[] = SOURCES): Promise<BotProcess> {
  const child = spawn(process.execPath, [...cli, 'bot', '--port', '0', '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  running.add(child);
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => (running.delete(child), resolve(code))));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`stackgate bot did not start within ${timeoutMs} ms:\n${stderr}`)), timeoutMs);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      stderr += chunk;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`stackgate bot exited with ${code} before listening:\n${stderr}`));
    });
  });
  return {
    url,
    pid: child.pid!,
    stderr: () => stderr,
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
