/**
 * The package as a user gets it: `npm pack` of this clone, then `npm install --global` of the
 * tarball into a temporary prefix, offline and with an empty npm cache, so the install can reach no
 * registry and the installed CLI sees nothing of this clone's node_modules. pre-commit installs its
 * `language: node` hooks the same way (npm pack, then npm install -g of the tarball).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');

export interface InstalledPackage {
  /** The tarball's name, size (gzip) and unpacked size, as `npm pack --json` reports them. */
  tarball: string;
  packedBytes: number;
  unpackedBytes: number;
  /** Every file in the tarball, relative to the package root, sorted. */
  files: string[];
  /** Where the package landed: `<prefix>/lib/node_modules/stackgate`. */
  packageDir: string;
  /** `<prefix>/bin`, where `stackgate` is linked. */
  binDir: string;
  /** A user's environment with `binDir` first on PATH and none of npm's own variables. */
  env: NodeJS.ProcessEnv;
  /** An empty directory (no node_modules in it or above it) to run commands from. */
  workDir: string;
  cleanup(): void;
}

/**
 * The environment minus what `npm test` exports to its scripts (npm_config_*, npm_package_*, …) and
 * minus NODE_PATH, which could lend the installed CLI modules it does not ship.
 */
export function withoutNpmVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE_PATH'));
}

export function packAndInstall(): InstalledPackage {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sg-package-')));
  const prefix = path.join(dir, 'prefix');
  const workDir = path.join(dir, 'work');
  fs.mkdirSync(workDir);
  const npmEnv = withoutNpmVariables(process.env);
  const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, env: npmEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], ROOT)) as {
      filename: string;
      size: number;
      unpackedSize: number;
      files: { path: string }[];
    }[];
    const tarball = path.join(dir, packed.filename);
    npm(
      [
        'install',
        '--global',
        '--prefix',
        prefix,
        '--offline',
        '--cache',
        path.join(dir, 'empty-cache'),
        '--no-audit',
        '--no-fund',
        '--no-update-notifier',
        tarball,
      ],
      dir,
    );
    const binDir = path.join(prefix, 'bin');
    return {
      tarball,
      packedBytes: packed.size,
      unpackedBytes: packed.unpackedSize,
      files: packed.files.map((f) => f.path).sort(),
      packageDir: path.join(prefix, 'lib/node_modules/stackgate'),
      binDir,
      env: { ...npmEnv, PATH: `${binDir}${path.delimiter}${npmEnv.PATH ?? ''}` },
      workDir,
      cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
