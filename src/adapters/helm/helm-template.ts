/**
 * Runs the real `helm template` on a chart directory for validate()'s `externalTools.helm`: the
 * chart's own values, the default release name, a placeholder namespace (validate drops it: the release's
 * namespace is chosen at install time), no network (dependencies must be in charts/ already;
 * helm says so when they are not, and validate reports the chart as not rendered).
 */
import { spawnSync } from 'node:child_process';
import { RELEASE_NAMESPACE_PLACEHOLDER, type HelmRenderer, type HelmTemplateResult } from '../../core/validate/helm-charts';

export interface HelmRendererOptions {
  /** The helm executable (default `helm` on PATH). */
  binary?: string;
  /** Kill helm after this long (default 60 s). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_MESSAGE_CHARS = 600;

export function createHelmRenderer(options: HelmRendererOptions = {}): HelmRenderer {
  const binary = options.binary ?? 'helm';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let isMissing = false;
  return (absChartDir: string): HelmTemplateResult | undefined => {
    if (isMissing) return undefined;
    const res = spawnSync(binary, ['template', absChartDir, '--namespace', RELEASE_NAMESPACE_PLACEHOLDER], {
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
      return { ok: false, message: code === 'ETIMEDOUT' ? `helm did not finish within ${timeoutMs} ms` : `could not run ${binary}: ${res.error.message}` };
    }
    if (res.status === 0) return { ok: true, stdout: res.stdout ?? '' };
    return { ok: false, message: describeFailure(res.stderr ?? '', absChartDir, res.status ?? res.signal) };
  };
}

/** helm's error without its `Error: ` prefix, the chart's absolute path or helm's debug hint, on one line. */
export function describeFailure(stderr: string, absChartDir: string, status: number | string | null): string {
  const text = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^Use --debug flag/i.test(l))
    .join('; ')
    .replace(/^Error:\s*/i, '')
    .split(`${absChartDir}/`)
    .join('')
    .split(absChartDir)
    .join('.');
  if (!text) return `helm exited with status ${status}`;
  return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}…` : text;
}
