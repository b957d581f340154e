/**
 * How much one MCP server may send stackgate in one piece, whatever the transport. A server that
 * sends more fails the check that was waiting, with MessageTooLargeError's sentence, instead of
 * growing the run's memory until the machine runs out (a `yes`-like stdout, an SSE line that never
 * ends, a JSON body of gigabytes). The limits are documented in docs/smoke.md ("Limits").
 */

/** One JSON-RPC message (a stdio line, an HTTP JSON body, one SSE event), and a health check's body. */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
/** stdout lines of a stdio server that are not JSON-RPC (log lines by mistake) tolerated per session. */
export const MAX_STDOUT_NOISE_BYTES = MAX_MESSAGE_BYTES;
/** The end of a stdio server's stderr that is kept for messages; the rest is read and dropped. */
export const STDERR_TAIL_CHARS = 2000;

/** The server sent more than a limit allows; the session is closed and nothing more is read. */
export class MessageTooLargeError extends Error {
  /** `what`: "in one HTTP body", "of stdout lines that are not JSON-RPC". */
  constructor(what: string, limitBytes: number = MAX_MESSAGE_BYTES) {
    super(`the server sent more than ${limitBytes / (1024 * 1024)} MiB ${what}, stackgate's limit; nothing more was read`);
    this.name = 'MessageTooLargeError';
  }
}

/** Told once when a transport or a fetch meets a MessageTooLargeError. */
export type OnOverflow = (error: MessageTooLargeError) => void;
