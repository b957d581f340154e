/**
 * A stdio MCP server that attacks its client, one way per mode (argv[2]). Hand-written JSON-RPC over
 * stdin/stdout (one message per line) so every byte it writes is under the test's control.
 *
 * - `echo`: a well-behaved server with one tool, `echo`.
 * - `grandchild`: a well-behaved server (tool `echo`) that first starts a grandchild which holds
 *   stdout and stderr open and never exits; the grandchild's pid is written to env SG_PID_FILE.
 * - `flood-no-newline`: writes `y` without a newline, forever, from the start.
 * - `flood-lines`: writes `y\n`, forever, from the start.
 * - `huge-message`: answers initialize, then answers tools/list with one message of SG_HUGE_MB
 *   (default 64) MiB on one line.
 * - `stderr-flood`: a well-behaved server that writes to stderr without end.
 * - `long-names`: a server whose name and version are SG_LONG_CHARS (default 1 MiB) characters
 *   long, which lists 12 tools with names of SG_LONG_CHARS / 16 characters and input schemas with a
 *   description of SG_LONG_CHARS / 8, and whose every tools/call answers isError with text of
 *   SG_LONG_CHARS characters.
 *
 * In every mode that answers, env SG_ERROR_TEXT makes every tools/call answer isError with that text.
 *
 * Every mode stops when stdin closes or its parent dies (so no test leaves it running), except the
 * grandchild, which exists to outlive its parent.
 */
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');

const mode = process.argv[2];
const LONG = Number(process.env.SG_LONG_CHARS || 1024 * 1024);

function write(message) {
  return process.stdout.write(`${JSON.stringify(message)}\n`);
}

/** Writes `chunk` as fast as the pipe takes it, forever. */
function flood(stream, chunk) {
  const pump = () => {
    while (stream.write(chunk));
    stream.once('drain', pump);
  };
  pump();
}

function serve(names) {
  let buffered = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    buffered += chunk;
    for (let at = buffered.indexOf('\n'); at !== -1; at = buffered.indexOf('\n')) {
      const line = buffered.slice(0, at);
      buffered = buffered.slice(at + 1);
      if (line.trim()) answer(JSON.parse(line), names);
    }
  });
  process.stdin.on('end', () => process.exit(0));
}

function answer(request, names) {
  if (request.id === undefined) return;
  const reply = (result) => write({ jsonrpc: '2.0', id: request.id, result });
  switch (request.method) {
    case 'initialize':
      return reply({
        protocolVersion: request.params.protocolVersion,
        capabilities: { tools: {} },
        serverInfo: { name: names.server, version: names.version },
      });
    case 'ping':
      return reply({});
    case 'tools/list':
      if (mode === 'huge-message') {
        const mb = Number(process.env.SG_HUGE_MB || 64);
        const description = 'x'.repeat(mb * 1024 * 1024);
        return reply({ tools: [{ name: 'echo', description, inputSchema: { type: 'object' } }] });
      }
      if (mode === 'long-names') {
        const tools = Array.from({ length: 12 }, (_, i) => ({
          name: `tool-${i}-${'t'.repeat(LONG / 16)}`,
          inputSchema: { type: 'object', description: 'd'.repeat(LONG / 8) },
        }));
        return reply({ tools });
      }
      return reply({ tools: [{ name: names.tool, description: names.tool, inputSchema: { type: 'object', properties: { message: { type: 'string' } } } }] });
    case 'tools/call': {
      const error = process.env.SG_ERROR_TEXT ?? (mode === 'long-names' ? `E${'r'.repeat(LONG)}` : undefined);
      if (error !== undefined) return reply({ content: [{ type: 'text', text: error }], isError: true });
      return reply({ content: [{ type: 'text', text: `Echo: ${request.params.arguments?.message}` }] });
    }
    default:
      return write({ jsonrpc: '2.0', id: request.id, error: { code: -32601, message: `Method not found: ${request.method}` } });
  }
}

// A parent that dies closes our stdin; `disconnect` does not apply (no IPC). Exit on stdin end in every mode.
process.stdin.on('end', () => process.exit(0));
process.stdout.on('error', () => process.exit(0));
process.stderr.on('error', () => process.exit(0));

const plain = { server: 'hostile-stdio', version: '1.0.0', tool: 'echo' };
switch (mode) {
  case 'grandchild': {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], { stdio: ['ignore', 'inherit', 'inherit'] });
    fs.writeFileSync(process.env.SG_PID_FILE, String(child.pid));
    serve(plain);
    break;
  }
  case 'flood-no-newline':
    process.stdin.resume();
    flood(process.stdout, 'y'.repeat(64 * 1024));
    break;
  case 'flood-lines':
    process.stdin.resume();
    flood(process.stdout, 'y\n'.repeat(32 * 1024));
    break;
  case 'huge-message':
    serve(plain);
    break;
  case 'stderr-flood':
    serve(plain);
    flood(process.stderr, 'debug: nothing to see here\n'.repeat(2048));
    break;
  case 'long-names':
    serve({ server: 'S'.repeat(LONG), version: 'V'.repeat(LONG), tool: 'echo' });
    break;
  case 'echo':
    serve(plain);
    break;
  default:
    process.stderr.write(`unknown mode ${mode}\n`);
    process.exit(2);
}
