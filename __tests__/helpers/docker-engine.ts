/**
 * A real Docker engine for a test file: Debian's dockerd with a data directory, exec root and socket
 * of its own under the system's temporary directory, so it meets no other engine on the machine.
 * No bridge and no iptables rules (the host's network stays as it was): containers use
 * `network_mode: none` or `host`. No registry is reachable, so the one image is made with
 * `docker import` from a rootfs of the host's dash, sleep and cat with their libraries (2 MB).
 *
 * In CI a machine without dockerd, docker-compose or root fails the suite (helpers/required-tool.ts);
 * elsewhere it is skipped with a note. `stop()` removes the containers, stops dockerd (its
 * containerd goes with it), unmounts what it left mounted and removes the directory.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describeWithTool } from './required-tool';

const run = promisify(execFile);

/** The image every test service runs: /bin/sh (dash), sleep and cat, nothing else. */
export const SHELL_IMAGE = 'stackgate-test/shell:1';
/** The same rootfs under another tag, for image changes. */
export const SHELL_IMAGE_2 = 'stackgate-test/shell:2';

const INSTALL = 'apt-get install -y docker.io docker-compose, as root';
const START_TIMEOUT_MS = 20_000;

export interface DockerEngine {
  /** `unix:///tmp/…/docker.sock`: the DOCKER_HOST of this engine. */
  host: string;
  /** Runs the docker CLI against this engine; stdout. */
  docker(...args: string[]): Promise<string>;
  /** `docker inspect` of the project's containers, by service name. */
  inspectProject(project: string): Promise<Map<string, InspectedContainer>>;
  stop(): Promise<void>;
}

export interface InspectedContainer {
  Id: string;
  Config: { Env: string[]; Labels: Record<string, string>; Image: string };
  State: { Status: string };
}

/** `describe` where dockerd, docker-compose and the docker CLI run and this is root; see required-tool.ts. */
export function describeWithDocker(suite: string): jest.Describe {
  const tools = [
    { command: 'dockerd', probeArgs: ['--version'] },
    { command: 'docker-compose', probeArgs: ['version', '--short'] },
    { command: 'docker', probeArgs: ['--version'] },
    // dockerd needs root; `id -u` prints 0 for it.
    { command: 'sh', probeArgs: ['-c', 'test "$(id -u)" = 0'] },
  ];
  for (const tool of tools) {
    const found = describeWithTool({ ...tool, install: INSTALL, suite });
    if (found !== describe) return found;
  }
  return describe;
}

export async function startDockerEngine(): Promise<DockerEngine> {
  // Short: a unix socket path has at most 107 bytes.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-dockerd-'));
  const host = `unix://${dir}/docker.sock`;
  const log = fs.openSync(path.join(dir, 'dockerd.log'), 'a');
  const daemon = spawn(
    'dockerd',
    [
      `--data-root=${dir}/data`,
      `--exec-root=${dir}/exec`,
      `--pidfile=${dir}/dockerd.pid`,
      `--host=${host}`,
      '--bridge=none',
      '--iptables=false',
      '--ip6tables=false',
      '--ip-masq=false',
      '--shutdown-timeout=1',
      '--log-level=warn',
    ],
    { stdio: ['ignore', log, log] },
  );
  fs.closeSync(log);
  const docker = async (...args: string[]): Promise<string> => (await run('docker', ['--host', host, ...args], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  const engine: DockerEngine = {
    host,
    docker,
    async inspectProject(project) {
      const ids = (await docker('ps', '-aq', '--filter', `label=com.docker.compose.project=${project}`)).split(/\s+/).filter(Boolean);
      const list = ids.length ? (JSON.parse(await docker('inspect', ...ids)) as InspectedContainer[]) : [];
      return new Map(list.map((c) => [c.Config.Labels['com.docker.compose.service'], c]));
    },
    stop: () => stopEngine(daemon, dir, docker),
  };
  try {
    await waitForEngine(daemon, docker, dir);
    await importShellImage(dir, docker);
  } catch (e) {
    await engine.stop();
    throw e;
  }
  return engine;
}

async function waitForEngine(daemon: ChildProcess, docker: (...args: string[]) => Promise<string>, dir: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (daemon.exitCode !== null)
      throw new Error(`dockerd exited with ${daemon.exitCode}: ${fs.readFileSync(path.join(dir, 'dockerd.log'), 'utf8').slice(-2000)}`);
    try {
      await docker('version', '--format', '{{.Server.Version}}');
      return;
    } catch {
      // Not listening yet: dockerd answers within a second here.
      if (Date.now() - started > START_TIMEOUT_MS) throw new Error(`dockerd did not answer within ${START_TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function importShellImage(dir: string, docker: (...args: string[]) => Promise<string>): Promise<void> {
  const rootfs = path.join(dir, 'rootfs');
  for (const program of ['/bin/dash', '/bin/sleep', '/bin/cat']) {
    const libraries = spawnSync('ldd', [program], { encoding: 'utf8' }).stdout.match(/\/\S+/g) ?? [];
    for (const file of [program, ...libraries]) {
      fs.mkdirSync(path.join(rootfs, path.dirname(file)), { recursive: true });
      fs.copyFileSync(fs.realpathSync(file), path.join(rootfs, file));
      fs.chmodSync(path.join(rootfs, file), 0o755);
    }
  }
  fs.symlinkSync('dash', path.join(rootfs, 'bin/sh'));
  fs.mkdirSync(path.join(rootfs, 'tmp'), { mode: 0o1777 });
  const tar = path.join(dir, 'rootfs.tar');
  await run('tar', ['-C', rootfs, '-cf', tar, '.']);
  await docker('import', '--change', 'CMD ["/bin/sh"]', tar, SHELL_IMAGE);
  await docker('tag', SHELL_IMAGE, SHELL_IMAGE_2);
}

async function stopEngine(daemon: ChildProcess, dir: string, docker: (...args: string[]) => Promise<string>): Promise<void> {
  if (daemon.exitCode === null && daemon.signalCode === null) {
    try {
      const ids = (await docker('ps', '-aq')).split(/\s+/).filter(Boolean);
      if (ids.length) await docker('rm', '--force', '--volumes', ...ids);
    } catch {
      // The engine does not answer: stopping it below ends its containers too.
    }
    const exited = new Promise((resolve) => daemon.once('exit', resolve));
    daemon.kill('SIGTERM');
    const timer = setTimeout(() => daemon.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  // dockerd leaves its network namespace mounted under the exec root (and overlay mounts if killed).
  const mounts = fs
    .readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1]?.replace(/\\040/g, ' '))
    .filter((m): m is string => !!m && m.startsWith(`${dir}/`))
    .reverse();
  for (const mount of mounts) spawnSync('umount', ['-l', mount]);
  fs.rmSync(dir, { recursive: true, force: true });
}
