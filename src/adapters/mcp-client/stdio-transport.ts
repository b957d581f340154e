/**
 * The stdio transport of a smoke run: the server command in its own process group, JSON-RPC one
 * message per line on stdin/stdout, within the message limits.
 *
 * - The server is the leader of a new process group (`detached`), and the whole group is killed
 *   when the session ends or the server exits, so what it started (`sh -c 'sleep 60 & exec node
 *   server.js'`, a grandchild that keeps stdout open) does not keep the run waiting nor outlive it.
 *   Ending follows the MCP specification: close stdin, wait for the server to exit, then SIGTERM,
 *   then SIGKILL. A server that overflows a limit is killed at once.
 * - A stdout line over MAX_MESSAGE_BYTES, or more than MAX_STDOUT_NOISE_BYTES of lines that are
 *   not JSON-RPC, is a MessageTooLargeError: `onOverflow` is told and the server is killed.
 * - stderr is read and passed on in chunks (the connection keeps its tail).
 *
 * Windows has no process groups to kill this way, and its commands (`npx.cmd`) need cross-spawn:
 * there the SDK's StdioClientTransport is used instead (see connection.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { deserializeMessage, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { MAX_MESSAGE_BYTES, MAX_STDOUT_NOISE_BYTES, MessageTooLargeError, type OnOverflow } from './message-limit';

export interface StdioServer {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd?: string;
}

const LINE = 'in one stdout line (one JSON-RPC message)';
/** How long a server may take to exit after stdin closes, and after SIGTERM. */
const EXIT_GRACE_MS = 2000;

/** Process groups still running, killed if this process exits first (a crash, Ctrl-C). */
const running = new Set<number>();
const killAllOnExit = () => running.forEach((pgid) => signalGroup(pgid, 'SIGKILL'));

export class ProcessGroupStdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  private child?: ChildProcess;
  private exited?: Promise<void>;
  private streamsClosed?: Promise<void>;
  private closing?: Promise<void>;
  private ending?: Promise<void>;
  private isClosed = false;
  /** Nothing more is read: a limit was overstepped, or the transport closed. */
  private isDeaf = false;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private noiseBytes = 0;

  constructor(
    private readonly server: StdioServer,
    private readonly hooks: { onStderr: (chunk: string) => void; onOverflow: OnOverflow },
  ) {}

  start(): Promise<void> {
    if (this.child) throw new Error('ProcessGroupStdioTransport already started');
    return new Promise((resolve, reject) => {
      const child = spawn(this.server.command, this.server.args, {
        env: this.server.env,
        cwd: this.server.cwd,
        stdio: ['pipe', 'pipe', 'pipe'],
        // Its own process group (setsid): the group id is the server's pid.
        detached: true,
        windowsHide: true,
      });
      this.child = child;
      this.exited = new Promise((done) => child.once('exit', () => done()));
      this.streamsClosed = new Promise((done) => child.once('close', () => done()));
      child.once('error', (error) => {
        reject(error);
        this.onerror?.(error);
        this.finish();
      });
      child.once('spawn', () => {
        if (running.size === 0) process.once('exit', killAllOnExit);
        running.add(child.pid!);
        resolve();
      });
      // The server is gone: so is whatever it started, which lets go of the pipes it held.
      child.once('exit', () => void this.endGroup(true).then(() => this.afterStreams()));
      child.stdin!.on('error', (error) => this.onerror?.(error));
      child.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
      child.stdout!.on('error', (error) => this.onerror?.(error));
      child.stderr!.setEncoding('utf8');
      child.stderr!.on('data', (chunk: string) => this.hooks.onStderr(chunk));
    });
  }

  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve, reject) => {
      const stdin = this.child?.stdin;
      if (!stdin || this.isClosed || stdin.destroyed) return reject(new Error('Not connected'));
      if (stdin.write(serializeMessage(message))) resolve();
      else stdin.once('drain', resolve);
    });
  }

  /** Closes stdin, waits for the server to exit, then ends its process group. */
  close(): Promise<void> {
    return (this.closing ??= (async () => {
      const child = this.child;
      if (!child || child.pid === undefined) return this.finish();
      child.stdin?.end();
      await Promise.race([this.exited, delay(EXIT_GRACE_MS)]);
      await this.endGroup(true);
      await this.afterStreams();
    })());
  }

  /**
   * Ends the process group: SIGTERM and a grace period for the server (when `gently`), then SIGKILL
   * to every process left in the group. Killed orphans may stay zombies until their new parent
   * reaps them; they hold nothing.
   */
  private endGroup(gently: boolean): Promise<void> {
    return (this.ending ??= (async () => {
      const pgid = this.child?.pid;
      if (pgid === undefined || !running.has(pgid)) return;
      if (gently && signalGroup(pgid, 'SIGTERM')) await Promise.race([this.exited, delay(EXIT_GRACE_MS)]);
      signalGroup(pgid, 'SIGKILL');
      running.delete(pgid);
      if (running.size === 0) process.removeListener('exit', killAllOnExit);
    })());
  }

  /** The last output is read once the pipes close; a process outside the group (it called setsid) may hold them: not waited for long. */
  private async afterStreams(): Promise<void> {
    await Promise.race([this.streamsClosed, delay(EXIT_GRACE_MS)]);
    this.finish();
  }

  private read(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end !== -1 && !this.isDeaf; end = chunk.indexOf(0x0a, start)) {
      if (this.pendingBytes + end - start > MAX_MESSAGE_BYTES) return this.overflow(new MessageTooLargeError(LINE));
      if (this.pending.length) {
        const line = Buffer.concat([...this.pending, chunk.subarray(start, end)]);
        this.pending = [];
        this.pendingBytes = 0;
        this.handleLine(line, 0, line.length);
      } else this.handleLine(chunk, start, end);
      start = end + 1;
    }
    if (start >= chunk.length || this.isDeaf) return;
    this.pending.push(chunk.subarray(start));
    this.pendingBytes += chunk.length - start;
    if (this.pendingBytes > MAX_MESSAGE_BYTES) this.overflow(new MessageTooLargeError(LINE));
  }

  /** The line `buf[start, end)`, without its line feed. */
  private handleLine(buf: Buffer, start: number, end: number): void {
    let first = start;
    while (first < end && (buf[first] === 0x20 || buf[first] === 0x09 || buf[first] === 0x0d)) first++;
    if (first === end) return;
    let problem: unknown;
    // A JSON-RPC message is an object: a line that does not start like one is not parsed at all.
    if (buf[first] === 0x7b) {
      try {
        return this.onmessage?.(deserializeMessage(buf.toString('utf8', start, end)));
      } catch (error) {
        problem = error;
      }
    }
    // A log line on stdout by mistake: skipped and counted; the first is reported.
    if (this.noiseBytes === 0)
      this.onerror?.(
        problem instanceof Error ? problem : new Error(`not a JSON-RPC message: ${JSON.stringify(buf.toString('utf8', start, Math.min(end, start + 80)))}`),
      );
    this.noiseBytes += end - start + 1;
    if (this.noiseBytes > MAX_STDOUT_NOISE_BYTES) this.overflow(new MessageTooLargeError('of stdout lines that are not JSON-RPC', MAX_STDOUT_NOISE_BYTES));
  }

  private overflow(error: MessageTooLargeError): void {
    if (this.isDeaf) return;
    this.isDeaf = true;
    this.pending = [];
    this.pendingBytes = 0;
    // Killed before anyone hears of it, so a close() it prompts does not wait on a flooding server.
    this.closing ??= this.endGroup(false).then(() => this.finish());
    this.hooks.onOverflow(error);
    this.onerror?.(error);
  }

  private finish(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.isDeaf = true;
    this.child?.stdout?.destroy();
    this.child?.stderr?.destroy();
    this.child?.stdin?.destroy();
    this.onclose?.();
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    // ESRCH: nothing is left in the group.
    return false;
  }
}

const delay = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });
