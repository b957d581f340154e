#!/usr/bin/env node
/**
 * The "client under test" of the MCP conformance suite (`conformance client --command`): the suite
 * starts a scenario server and runs this with its URL and MCP_CONFORMANCE_SCENARIO; this runs
 * `stackgate smoke` against it with the checks the scenario expects a client to make.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const url = process.argv[2];
const scenario = process.env.MCP_CONFORMANCE_SCENARIO;
const SCENARIO_ARGS = {
  initialize: [],
  tools_call: ['--expect-tool', 'add_numbers', '--call', 'add_numbers {"a":2,"b":3}', '--expect-contains', '5'],
  // The scenario server accepts any session id (it tests the client's reconnection, not the server's
  // session handling), so the session checks would report the scenario server, not the client.
  'sse-retry': ['--call', 'test_reconnection {}', '--no-session-checks'],
};
if (!url || !SCENARIO_ARGS[scenario]) {
  process.stderr.write(`conformance-client: usage: MCP_CONFORMANCE_SCENARIO=<${Object.keys(SCENARIO_ARGS).join('|')}> conformance-client.cjs <url>\n`);
  process.exit(2);
}
const bin = path.join(__dirname, '..', '..', 'bin', 'stackgate.js');
const result = spawnSync(
  process.execPath,
  [bin, 'smoke', '--url', url, '--wait-timeout', '10s', '--format', 'json', ...SCENARIO_ARGS[scenario], ...process.argv.slice(3)],
  { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
);
process.stdout.write(result.stdout ?? '');
process.exit(result.status ?? 1);
