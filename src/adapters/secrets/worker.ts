/** The secret scanner's worker thread: entry `secrets-worker` of dist/bundle/, started from dist/secrets-worker/index.js. */
import { parentPort } from 'node:worker_threads';
import type { SecretSource } from '../../core/secrets/scan-source';
import { scanInline } from './scan-pool';

parentPort?.once('message', (sources: SecretSource[]) => {
  parentPort!.postMessage(scanInline(sources));
});
