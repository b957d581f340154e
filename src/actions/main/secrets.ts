import path from 'node:path';
import { run } from '../secrets';

// dist/secrets/index.js -> dist/secrets-worker/index.js
void run(process.env, path.join(__dirname, '../secrets-worker/index.js'));
