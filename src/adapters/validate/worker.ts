/** validate's worker thread: entry `validate-worker` of dist/bundle/, started from dist/validate-worker/index.js (prepare-pool.ts). */
import { loadBuiltInModels } from '../../core/kubernetes/schema';
import { createFilePreparer, packPreparedFiles } from '../../core/validate/prepare-files';
import { answerClaims } from '../threads/thread-pool';
import { prepareClaimed, type PrepareWorkerRequest } from './prepare-pool';

answerClaims(async ({ prepare, files, loadModels }: PrepareWorkerRequest, claim) => {
  const models = loadModels ? await loadBuiltInModels() : undefined;
  return packPreparedFiles(prepareClaimed(files, createFilePreparer(prepare, models), claim));
});
