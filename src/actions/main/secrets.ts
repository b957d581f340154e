import { isSecretsWorker, runSecretsWorker } from '../../adapters/secrets/scan-pool';
import { run } from '../secrets';

if (isSecretsWorker()) runSecretsWorker();
else void run(process.env, __filename);
