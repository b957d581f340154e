/**
 * How long the bot's queue waits before it retries a failed job: exponential backoff with full
 * jitter (a uniformly random delay between 0 and base × 2^(attempts − 1), capped at `maxMs`), so
 * replicas that failed together do not retry together.
 */

/**
 * The delay before the next attempt, in milliseconds, after `attempts` attempts (1 after the first
 * failure; anything below 1 counts as 1). `random` returns a number in [0, 1), as Math.random does; tests pass a fixed one.
 */
export function retryDelayMs(attempts: number, baseMs = 2000, maxMs = 300_000, random: () => number = Math.random): number {
  const exponent = Number.isFinite(attempts) ? Math.max(0, Math.floor(attempts) - 1) : 0;
  const ceiling = Math.min(maxMs, baseMs * 2 ** exponent);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * ceiling);
}
