/**
 * Scans sources on every core: the calling thread takes one share of the files and one worker
 * thread per other core the rest. Worker threads start from dist/secrets-worker/index.js (which
 * loads the scanner and its rules from the bundle, nothing else), read their share of the files
 * themselves and post back findings, so no file content crosses threads. Without a worker file
 * (tests), or for small inputs, scanning happens on the calling thread alone.
 */
import fs from 'node:fs';
import { scanSource, type InvalidSecretSuppression, type SecretSource, type SourceFinding } from '../../core/secrets/scan-source';
import { decodeText } from '../../core/source/decode-text';
import { BINARY_REASON } from '../../core/secrets/skipped';
import { threadCount } from '../threads/thread-count';
import { runWorker } from '../threads/thread-pool';

/** Below this many bytes, starting threads costs more than it saves. */
const PARALLEL_THRESHOLD_BYTES = 4 * 1024 * 1024;

export interface ScanResult {
  findings: SourceFinding[];
  invalid: InvalidSecretSuppression[];
  /** Files found to be binary when read (skipped). */
  binary: number;
  /** Every file read here but not scanned, with the reason (binary, unreadable). */
  skipped: { file: string; reason: string }[];
}

export interface PoolOptions {
  /** The worker's start file (dist/secrets-worker/index.js); undefined scans on this thread. */
  workerEntry?: string;
  /** Threads to use (default: available cores). */
  workers?: number;
}

/** The source's text, or why it cannot be scanned. */
function textOf(source: SecretSource): { text: string } | { reason: string } {
  if (source.text !== undefined) return { text: source.text };
  if (!source.absPath) return { reason: 'unreadable: no content' };
  let buf: Buffer;
  try {
    buf = fs.readFileSync(source.absPath);
  } catch (e) {
    // Removed or made unreadable since it was listed: reported, never silently passed.
    return { reason: `unreadable: ${(e as NodeJS.ErrnoException).code ?? 'read failed'}` };
  }
  const text = decodeText(buf);
  return text === undefined ? { reason: BINARY_REASON } : { text };
}

/** Scans sources on this thread (also what each worker runs). */
export function scanInline(sources: readonly SecretSource[]): ScanResult {
  const findings: SourceFinding[] = [];
  const invalid: InvalidSecretSuppression[] = [];
  const skipped: ScanResult['skipped'] = [];
  for (const s of sources) {
    const read = textOf(s);
    if ('reason' in read) {
      skipped.push({ file: s.file, reason: read.reason });
      continue;
    }
    const r = scanSource({ ...s, text: read.text });
    // One at a time: spreading a file's findings into push() passes each as an argument, and 100k+ arguments overflow the stack.
    for (const f of r.findings) findings.push(f);
    for (const i of r.invalid) invalid.push(i);
  }
  return { findings, invalid, binary: skipped.length, skipped };
}

const sizeOf = (s: SecretSource): number => s.size ?? s.text?.length ?? 0;

export async function scanSources(sources: readonly SecretSource[], options: PoolOptions = {}): Promise<ScanResult> {
  const bytes = sources.reduce((n, s) => n + sizeOf(s), 0);
  const threads = threadCount(options.workers, sources.length);
  if (!options.workerEntry || !fs.existsSync(options.workerEntry) || threads < 2 || bytes < PARALLEL_THRESHOLD_BYTES) return scanInline(sources);

  // Largest first onto the least-loaded share keeps the threads finishing together.
  const shares: { bytes: number; sources: SecretSource[] }[] = Array.from({ length: threads }, () => ({ bytes: 0, sources: [] }));
  for (const s of [...sources].sort((a, b) => sizeOf(b) - sizeOf(a))) {
    const share = shares.reduce((min, x) => (x.bytes < min.bytes ? x : min));
    share.sources.push(s);
    share.bytes += sizeOf(s);
  }
  // The calling thread scans the first share itself while threads - 1 workers scan the others: it
  // would only wait otherwise, and a worker more costs its start (loading and compiling the scanner).
  const [own, ...others] = shares;
  const running = Promise.all(others.map((share) => runWorker<ScanResult>(options.workerEntry!, share.sources, 'secret scanner').answer));
  // Should this thread's scan throw, that error is the one reported; a worker's failure after it
  // would add nothing (and must not surface as an unhandled rejection).
  running.catch(() => undefined);
  const mine = scanInline(own.sources);
  const results = [mine, ...(await running)];
  return {
    findings: results.flatMap((r) => r.findings),
    invalid: results.flatMap((r) => r.invalid),
    binary: results.reduce((n, r) => n + r.binary, 0),
    skipped: results.flatMap((r) => r.skipped),
  };
}
