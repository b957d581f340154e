/**
 * Runs the real `kubectl kustomize` on an overlay for validate()'s `externalTools.kustomize`. The
 * overlay is built through a throw-away kustomization (in the system's temporary directory) that
 * includes it with `buildMetadata: [originAnnotations]`, so every built object says which file it
 * came from; kustomize needs relative paths for that, hence LoadRestrictionsNone. Offline: remote
 * bases fail, and validate reports the failure.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KustomizeBuildResult, KustomizeRenderer } from '../../core/validate/kustomize-overlays';

export interface KustomizeRendererOptions {
  /** The kubectl executable (default `kubectl` on PATH). */
  binary?: string;
  /** Kill kubectl after this long (default 60 s). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_MESSAGE_CHARS = 600;

export function createKustomizeRenderer(options: KustomizeRendererOptions = {}): KustomizeRenderer {
  const binary = options.binary ?? 'kubectl';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let isMissing = false;
  return (absDir: string): KustomizeBuildResult | undefined => {
    if (isMissing) return undefined;
    const wrapper = fs.mkdtempSync(path.join(os.tmpdir(), 'stackgate-kustomize-'));
    try {
      const overlay = path.relative(wrapper, absDir).split(path.sep).join('/');
      fs.writeFileSync(
        path.join(wrapper, 'kustomization.yaml'),
        `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nbuildMetadata: [originAnnotations]\nresources:\n  - ${JSON.stringify(overlay)}\n`,
      );
      const res = spawnSync(binary, ['kustomize', '--load-restrictor=LoadRestrictionsNone', wrapper], {
        encoding: 'utf8',
        timeout: timeoutMs,
        maxBuffer: 64 * 1024 * 1024,
        windowsHide: true,
      });
      if (res.error) {
        const code = (res.error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') {
          isMissing = true;
          return undefined;
        }
        return {
          ok: false,
          message: code === 'ETIMEDOUT' ? `kubectl kustomize did not finish within ${timeoutMs} ms` : `could not run ${binary}: ${res.error.message}`,
        };
      }
      if (res.status === 0) return { ok: true, stdout: res.stdout ?? '', originDir: wrapper };
      return { ok: false, message: describeKustomizeFailure(res.stderr ?? '', wrapper, absDir, res.status ?? res.signal, overlay) };
    } finally {
      fs.rmSync(wrapper, { recursive: true, force: true });
    }
  };
}

/** kubectl's error on one line: its log prefix, deprecation warnings and the temporary paths removed. */
export function describeKustomizeFailure(stderr: string, wrapper: string, absDir: string, status: number | string | null, overlay = ''): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^# Warning:/.test(l))
    .map((l) =>
      l
        .replace(/^E\d{4} [\d:.]+\s+\d+ [\w.]+:\d+\]\s*/, '')
        .replace(/^"command failed" err="(.*)"$/, '$1')
        .replace(/^error:\s*/i, ''),
    )
    .join('; ');
  // Paths as the machine has them, longest first: the overlay as the throw-away kustomization names it
  // (from the temporary directory), files under the overlay, the overlay itself, the temporary directory.
  const replacements: [string, string][] = [
    ...(overlay ? ([[`'${overlay}'`, "'.'"]] as [string, string][]) : []),
    [`${absDir}/`, ''],
    [absDir, '.'],
    [wrapper, '<overlay>'],
  ];
  const text = replacements.reduce((t, [from, to]) => t.split(from).join(to), lines);
  if (!text) return `kubectl kustomize exited with status ${status}`;
  return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}…` : text;
}
