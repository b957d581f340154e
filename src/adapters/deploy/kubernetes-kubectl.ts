/**
 * The kubectl runs of one driver call (plan, capture, deploy or restore): the kubeconfig's content
 * in a 0600 file of a fresh 0700 temporary directory, with a discovery cache of its own beside it,
 * both removed when the call ends (success, failure, or this process exiting). Every run gets
 * `--kubeconfig`, `--cache-dir` and the configured `--context`, is bounded by the call's deadline
 * and signal (bounded-process.ts), and gives back its output with the credentials and the temporary
 * directory taken out.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { KubernetesDeployConfig } from '../../core/config/deploy-schema';
import { DeployFailure, type DriverContext } from '../../core/deploy/driver';
import { formatMs } from '../../core/smoke/duration';
import { redact as redactValues } from '../../core/smoke/template';
import { runBounded } from '../bounded-process';

export interface KubectlOptions {
  /** The kubectl executable (default `kubectl` on PATH). */
  kubectl?: string;
  /** Where the temporary directory is made (default the system's). */
  tempDir?: string;
}

export interface KubectlResult {
  code: number | null;
  stdout: string;
  /** With credentials and temporary paths taken out. */
  stderr: string;
  killed?: 'deadline' | 'aborted';
}

export interface KubectlSession {
  /** `kubectl context <name>` (or `kubectl (current context)`), for plans and messages. */
  readonly target: string;
  run(args: string[], opts?: { deadline?: number }): Promise<KubectlResult>;
  /** `text` without the kubeconfig's credentials and the temporary directory. */
  redact(text: string): string;
}

const live = new Set<string>();
let isExitHookInstalled = false;

/** Runs `fn` with a session whose temporary directory is gone when it settles. */
export async function withKubectl<T>(
  ctx: DriverContext,
  config: KubernetesDeployConfig,
  options: KubectlOptions,
  fn: (k: KubectlSession) => Promise<T>,
): Promise<T> {
  const kubeconfig = ctx.secrets.kubeconfig;
  if (!kubeconfig?.trim())
    throw new DeployFailure('kubernetes: no kubeconfig was given (the kubeconfig input of the action, KUBECONFIG for the CLI)', 'deploy', [], false);
  installExitHook();
  const dir = fs.mkdtempSync(path.join(options.tempDir ?? os.tmpdir(), 'stackgate-kubectl-'));
  live.add(dir);
  try {
    const file = path.join(dir, 'kubeconfig');
    fs.writeFileSync(file, kubeconfig, { mode: 0o600, flag: 'wx' });
    fs.chmodSync(file, 0o600);
    const secrets = credentialsOf(kubeconfig);
    const root = `${ctx.source.root.replace(/[\\/]+$/, '')}${path.sep}`;
    const redact = (text: string) => redactValues(text, secrets).split(dir).join('<temp>').split(root).join('');
    const global = ['--kubeconfig', file, '--cache-dir', path.join(dir, 'cache'), ...(config.context ? ['--context', config.context] : [])];
    const binary = options.kubectl ?? 'kubectl';
    return await fn({
      target: config.context ? `kubectl context ${config.context}` : 'kubectl (current context of the kubeconfig)',
      redact,
      run: async (args, opts = {}) => {
        const deadline = Math.min(opts.deadline ?? ctx.deadline, ctx.deadline);
        const shown = `kubectl ${args.map((a) => redact(a)).join(' ')}`;
        if (ctx.signal.aborted) throw new DeployFailure(`${shown}: cancelled before it started`, 'timeout', [], false);
        const res = await runBounded(binary, [...global, ...args], { deadline, signal: ctx.signal, now: ctx.now }).catch((e: NodeJS.ErrnoException) => {
          throw new DeployFailure(
            e.code === 'ENOENT' ? `kubernetes: ${binary} was not found; install kubectl on the runner` : `kubernetes: could not run ${binary}: ${e.message}`,
            'deploy',
            [],
            false,
          );
        });
        ctx.log(`${shown}: ${res.killed ? `killed (${res.killed})` : `exit ${res.code}`} after ${formatMs(res.durationMs)}`);
        return { code: res.code, stdout: res.stdout, stderr: redact(res.stderr), killed: res.killed };
      },
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    live.delete(dir);
  }
}

/** Values of the kubeconfig's `users` (tokens, passwords, keys) and its lines that carry them. */
function credentialsOf(kubeconfig: string): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string' && v.length >= 6) found.add(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  try {
    const doc = parseYaml(kubeconfig) as { users?: { user?: unknown }[] } | null;
    for (const u of doc?.users ?? []) walk(u?.user);
  } catch {
    // Not YAML: kubectl may quote any line of it in its error, so every line is kept out.
    for (const line of kubeconfig.split(/\r?\n/)) if (line.trim().length >= 8) found.add(line.trim());
  }
  if (kubeconfig.trim()) found.add(kubeconfig.trim());
  return [...found];
}

function installExitHook(): void {
  if (isExitHookInstalled) return;
  isExitHookInstalled = true;
  process.once('exit', () => live.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
}
