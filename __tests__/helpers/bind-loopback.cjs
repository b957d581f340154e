/**
 * Preload (`node -r ./__tests__/helpers/bind-loopback.cjs …`) that keeps a child process's servers on loopback.
 *
 * - A listen on a bare port (a number, a numeric string, a `{ port }` object without `host`, or no port at
 *   all) gets host 127.0.0.1 inserted, so servers that call `app.listen(process.env.PORT)` (server-everything)
 *   do not bind every interface.
 * - When env `SG_LISTEN_REPORT` names a file, every server that starts listening on a TCP port appends one
 *   line `listening <port>\n` to it, so a parent that started the child with PORT=0 learns the real port
 *   without racing a port probe.
 *
 * Caveat: with a host, `listen()` resolves the address asynchronously, so code that reads `server.address()`
 * synchronously right after `listen(0)` gets null. server-everything only reads it in the callback.
 */
'use strict';
const fs = require('node:fs');
const net = require('node:net');

const LOOPBACK = '127.0.0.1';
const original = net.Server.prototype.listen;

function isBarePort(value) {
  return typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));
}

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const first = args[0];
  if (isBarePort(first)) {
    if (typeof args[1] !== 'string') args.splice(1, 0, LOOPBACK);
  } else if (first === undefined || typeof first === 'function') {
    // listen() / listen(callback): a random port on every interface otherwise.
    args.splice(0, first === undefined ? 1 : 0, 0, LOOPBACK);
  } else if (first && typeof first === 'object' && first.port !== undefined && !first.host && first.path === undefined) {
    args[0] = { ...first, host: LOOPBACK };
  }

  const report = process.env.SG_LISTEN_REPORT;
  if (report) {
    this.once('listening', () => {
      const address = this.address();
      if (address && typeof address === 'object') fs.appendFileSync(report, `listening ${address.port}\n`);
    });
  }
  return original.apply(this, args);
};
