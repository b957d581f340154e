/** The `stackgate` executable (bundled to dist/cli/index.js). */
import { main } from './main';
import { runAsProcess } from './process-io';

runAsProcess(main, __dirname);
