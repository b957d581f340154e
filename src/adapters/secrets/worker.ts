/** The secret scanner's worker thread: entry `secrets-worker` of dist/bundle/, started from dist/secrets-worker/index.js. */
import type { SecretSource } from '../../core/secrets/scan-source';
import { answerRequest } from '../threads/thread-pool';
import { scanInline } from './scan-pool';

answerRequest((sources: SecretSource[]) => scanInline(sources));
