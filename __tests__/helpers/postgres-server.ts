/**
 * A real PostgreSQL (Debian's `postgresql`, installed in CI by .ci/run) for the tests of the bot's
 * storage: a throwaway cluster in a temporary directory, listening on 127.0.0.1 at a free port
 * with its socket in that directory, trusting local connections.
 *
 * - `describeWithPostgres(suite)`: `describe` where pg_ctl runs (on PATH or in
 *   /usr/lib/postgresql/<version>/bin); in CI a missing PostgreSQL fails the suite (required-tool.ts).
 * - `startPostgres()`: initdb, then `pg_ctl start`. PostgreSQL refuses to run as root, so as root
 *   (CI, containers) the directory is given to the `postgres` user (or `nobody`) and the programs
 *   run as that user through runuser. `url` is `postgresql://postgres@127.0.0.1:<port>/postgres`.
 *   `stop()` is `pg_ctl stop -m immediate` and removes the directory; a cluster still running when
 *   the test process exits is stopped then.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePortUrl } from './mcp-fixtures';
import { describeWithTool } from './required-tool';

export interface PostgresServer {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export const POSTGRES_INSTALL = "apt-get install postgresql (Debian), or put PostgreSQL's bin directory (initdb, pg_ctl) on PATH";

/** The directory of initdb and pg_ctl: on PATH, else Debian's newest /usr/lib/postgresql/<version>/bin. */
export function postgresBinDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const onPath = (env.PATH ?? '').split(path.delimiter).find((dir) => dir && fs.existsSync(path.join(dir, 'pg_ctl')));
  if (onPath) return onPath;
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'pg_ctl'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest ? path.join(root, newest, 'bin') : undefined;
}

/** `describe` where pg_ctl runs; in CI a missing PostgreSQL fails the suite (required-tool.ts). */
export const describeWithPostgres = (suite: string): jest.Describe => {
  const bin = postgresBinDir();
  return describeWithTool({ command: bin ? path.join(bin, 'pg_ctl') : 'pg_ctl', probeArgs: ['--version'], install: POSTGRES_INSTALL, suite });
};

const running = new Set<() => void>();
process.on('exit', () => {
  for (const stop of running) stop();
});

export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBinDir();
  if (!bin) throw new Error(`PostgreSQL not found: ${POSTGRES_INSTALL}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-postgres-'));
  const data = path.join(dir, 'data');
  const asUser = runAs(dir);
  const pgCtl = (args: string[]): string[] => [...asUser, path.join(bin, 'pg_ctl'), '-D', data, ...args];
  const stopSync = (): void => {
    const [command, ...args] = pgCtl(['-m', 'immediate', '-w', 'stop']);
    spawnSync(command, args, { cwd: dir, stdio: 'ignore' });
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await run([...asUser, path.join(bin, 'initdb'), '-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'], dir);
    // A free port can be taken between the probe and the server's listen: try another one then.
    for (let attempt = 1; ; attempt++) {
      const port = Number(new URL(await freePortUrl()).port);
      const log = path.join(dir, `postgres-${attempt}.log`);
      const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
      try {
        await run(pgCtl(['-l', log, '-w', '-t', '60', '-o', options, 'start']), dir);
      } catch (e) {
        const inUse = fs.existsSync(log) && /already in use/.test(fs.readFileSync(log, 'utf8'));
        if (!inUse || attempt >= 3) throw new Error(`${(e as Error).message}\n${fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-2000) : ''}`);
        continue;
      }
      running.add(stopSync);
      let stopping: Promise<void> | undefined;
      const stop = (): Promise<void> =>
        (stopping ??= (async () => {
          running.delete(stopSync);
          await run(pgCtl(['-m', 'immediate', '-w', 'stop']), dir).catch(() => undefined);
          fs.rmSync(dir, { recursive: true, force: true });
        })());
      return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, port, stop };
    }
  } catch (e) {
    stopSync();
    throw e;
  }
}

/**
 * The command prefix that runs PostgreSQL's programs: none for an ordinary user; as root, runuser
 * to `postgres` (Debian's package creates it) or `nobody`, who is given `dir`.
 */
function runAs(dir: string): string[] {
  if (process.getuid?.() !== 0) return [];
  const user = ['postgres', 'nobody'].find((u) => spawnSync('id', ['-u', u]).status === 0);
  if (!user) throw new Error('running as root, and neither the postgres nor the nobody user exists to run PostgreSQL as');
  const id = (flag: string): number => Number(spawnSync('id', [flag, user], { encoding: 'utf8' }).stdout.trim());
  fs.chownSync(dir, id('-u'), id('-g'));
  return ['runuser', '-u', user, '--'];
}

function run(command: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0], command.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command.join(' ')} exited with ${code ?? signal}: ${output.slice(-2000)}`)),
    );
  });
}
