/**
 * Scans sources on every core: worker threads each take a share of the bytes. The worker runs the
 * same bundle as the caller (dist/cli/index.js or an action's index.js), which checks
 * `isSecretsWorker()` before anything else. Without a bundle (tests), or for small inputs, scanning
 * happens on the calling thread.
 */
import os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { scanSource, type InvalidSecretSuppression, type SecretSource, type SourceFinding } from '../../core/secrets/scan-source';

const WORKER_FLAG = 'stackgateSecretsWorker';
/** Below this many bytes, starting threads costs more than it saves. */
const PARALLEL_THRESHOLD_BYTES = 2 * 1024 * 1024;

export interface ScanResult {
  findings: SourceFinding[];
  invalid: InvalidSecretSuppression[];
}

export interface PoolOptions {
  /** The bundle to start workers from; undefined scans on this thread. */
  workerEntry?: string;
  /** Threads to use (default: available cores). */
  workers?: number;
}

export function isSecretsWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | undefined)?.[WORKER_FLAG] === true;
}

/** The worker side: scan what it is sent, post back the findings. */
export function runSecretsWorker(): void {
  parentPort!.on('message', (sources: SecretSource[]) => {
    parentPort!.postMessage(scanInline(sources));
  });
}

function scanInline(sources: readonly SecretSource[]): ScanResult {
  const findings: SourceFinding[] = [];
  const invalid: InvalidSecretSuppression[] = [];
  for (const s of sources) {
    const r = scanSource(s);
    findings.push(...r.findings);
    invalid.push(...r.invalid);
  }
  return { findings, invalid };
}

export async function scanSources(sources: readonly SecretSource[], options: PoolOptions = {}): Promise<ScanResult> {
  const bytes = sources.reduce((n, s) => n + s.text.length, 0);
  const threads = Math.max(1, Math.min(options.workers ?? os.availableParallelism?.() ?? os.cpus().length, sources.length));
  if (!options.workerEntry || threads < 2 || bytes < PARALLEL_THRESHOLD_BYTES) return scanInline(sources);

  // Largest first onto the least-loaded share keeps the threads finishing together.
  const shares: { bytes: number; sources: SecretSource[] }[] = Array.from({ length: threads }, () => ({ bytes: 0, sources: [] }));
  for (const s of [...sources].sort((a, b) => b.text.length - a.text.length)) {
    const share = shares.reduce((min, x) => (x.bytes < min.bytes ? x : min));
    share.sources.push(s);
    share.bytes += s.text.length;
  }
  const results = await Promise.all(shares.map((share) => runShare(options.workerEntry!, share.sources)));
  return { findings: results.flatMap((r) => r.findings), invalid: results.flatMap((r) => r.invalid) };
}

function runShare(entry: string, sources: SecretSource[]): Promise<ScanResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: { [WORKER_FLAG]: true } });
    worker.once('message', (result: ScanResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0 && code !== 1) reject(new Error(`secret scanner worker exited with code ${code}`));
    });
    worker.postMessage(sources);
  });
}
