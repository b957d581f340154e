/**
 * What the webhook driver sends, and how a receiver checks it came from stackgate.
 *
 * The POST to `webhook.url` carries this JSON body (UTF-8, exactly the bytes signed):
 *
 * ```json
 * {
 *   "action": "deploy",                  // or "rollback": put `sha` (the last good commit) back
 *   "environment": "dev",
 *   "sha": "<40 hex: the commit to run>",
 *   "ref": "refs/heads/main",            // when known
 *   "repository": "acme/mcp-stacks",     // when known
 *   "failedSha": "<40 hex>",             // rollback only: the commit whose deploy failed
 *   "compose": { "stack": "mcp", "files": ["compose.yml", "dev/compose.yml"], "file": "<merged YAML, ${VAR} left in>" },
 *   "sentAt": "2026-11-22T10:00:00.000Z",
 *   "stackgate": { "version": "0.1.0" }
 * }
 * ```
 *
 * Headers: `Content-Type: application/json`, `X-Stackgate-Delivery: <uuid>` (one per deploy or
 * rollback; a receiver can drop a delivery it has seen) and `X-Stackgate-Signature-256:
 * sha256=<hex>`, the HMAC-SHA256 of the raw body keyed with the webhook secret, as GitHub's
 * X-Hub-Signature-256. A receiver recomputes it over the bytes it received and compares in constant
 * time (crypto.timingSafeEqual), and may refuse an old `sentAt`.
 *
 * The polls of `webhook.statusUrl` are GETs with the same delivery header and the signature of the
 * empty body (`sha256=` + HMAC-SHA256 of ""), so one verification routine serves both.
 * Variables are never sent: the target substitutes `${VAR}` from its own environment.
 */
import { createHmac } from 'node:crypto';
import type { DeploySource } from '../../core/deploy/driver';
import { VERSION } from '../../core/version';

export const SIGNATURE_HEADER = 'X-Stackgate-Signature-256';
export const DELIVERY_HEADER = 'X-Stackgate-Delivery';

export interface WebhookPayload {
  action: 'deploy' | 'rollback';
  environment: string;
  sha: string;
  ref?: string;
  repository?: string;
  failedSha?: string;
  compose?: { stack: string; files: string[]; file: string };
  sentAt: string;
  stackgate: { version: string };
}

/** Where the payload says the repository is; from the entry point (GITHUB_REPOSITORY, the ref of the run). */
export interface WebhookOrigin {
  repository?: string;
  ref?: string;
}

export function buildPayload(
  action: WebhookPayload['action'],
  source: DeploySource,
  origin: WebhookOrigin,
  sentAtMs: number,
  failedSha?: string,
): WebhookPayload {
  const compose = source.composeFile;
  return {
    action,
    environment: source.environment,
    sha: source.sha,
    ...(origin.ref ? { ref: origin.ref } : {}),
    ...(origin.repository ? { repository: origin.repository } : {}),
    ...(failedSha && failedSha !== source.sha ? { failedSha } : {}),
    ...(compose ? { compose: { stack: compose.stack, files: compose.files, file: compose.text } } : {}),
    sentAt: new Date(sentAtMs).toISOString(),
    stackgate: { version: VERSION },
  };
}

/** `sha256=<hex>`: the value of X-Stackgate-Signature-256 for `body` (the exact bytes sent). */
export function signatureOf(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
