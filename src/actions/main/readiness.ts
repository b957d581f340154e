import path from 'node:path';
import { run } from '../readiness';

// dist/readiness/index.js -> dist/secrets-worker/index.js (the tree scan of the score)
void run(process.env, { workerEntry: path.join(__dirname, '../secrets-worker/index.js') });
