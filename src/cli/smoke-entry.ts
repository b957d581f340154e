/**
 * `stackgate smoke` on its own (bundled to dist/cli-smoke/index.js): bin/stackgate.js starts it for
 * the smoke command, so a post-deploy check loads the MCP client and not the check catalogue.
 */
import { dispatch } from './dispatch';
import { runAsProcess } from './process-io';
import { SMOKE_HELP, runSmokeCommand } from './commands/smoke';

runAsProcess((argv, io) => dispatch(argv, io, { smoke: runSmokeCommand }, SMOKE_HELP), __dirname);
