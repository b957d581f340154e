/**
 * The webhook deploy driver: POSTs a signed JSON payload (webhook-payload.ts) to `webhook.url` and,
 * with `statusUrl`, polls it until the target says the deploy succeeded or failed.
 *
 * - A non-2xx answer to the POST is a DeployFailure with the status and a short excerpt of the body
 *   (the secret and the signature never in it). No answer by the deadline is a `timeout` failure.
 * - With `statusUrl`: every `pollInterval` a signed GET, answered with JSON `{"status": …}`:
 *   `success` ends the deploy, `failure` or `error` fails it (with the answer's `description`), any
 *   other status (`pending`, `queued`, `in_progress`, `running`) is waited for. A 404 (the delivery
 *   is not known yet), a 5xx or a poll without an answer is waited through; a 401 or 403 ends the
 *   wait (the status URL refuses the signature, nothing would change). Bounded by the deadline.
 *   An `environment_url` in the status (or in the POST's answer) becomes the environment's URL.
 * - Without `statusUrl`, the 2xx answer is all that is known: the outcome says so, and the smoke
 *   tests are what verify the environment.
 * - capture() is the previous deployment of the ledger; restore() POSTs `action: "rollback"` with
 *   its commit (and its Compose file when the checkout has that commit) and waits the same way.
 */
import { randomUUID } from 'node:crypto';
import type { DeployDriver, DeployItem, DeployOutcome, DeployPlan, DeploySource, DriverContext, RestorePoint } from '../../core/deploy/driver';
import { DeployFailure } from '../../core/deploy/driver';
import type { WebhookDeployConfig } from '../../core/config/deploy-schema';
import { isRecord } from '../../core/is-record';
import { formatMs, parseDurationMs } from '../../core/smoke/duration';
import { redact } from '../../core/smoke/template';
import { clip } from './container-state';
import { hostAndPath, HttpRequestError, requestJson, type JsonResponse } from './http';
import { buildPayload, DELIVERY_HEADER, SIGNATURE_HEADER, signatureOf, type WebhookOrigin, type WebhookPayload } from './webhook-payload';

/** One poll waits at most this long for its answer, so a poll that hangs does not use up the whole deadline. */
const POLL_TIMEOUT_MS = 30_000;
const EXCERPT_CHARS = 200;
const DONE = new Set(['success']);
const FAILED = new Set(['failure', 'error']);
const WAITING = new Set(['pending', 'queued', 'in_progress', 'running']);

const short = (sha: string): string => sha.slice(0, 7);

export function webhookDriver(config: WebhookDeployConfig, origin: WebhookOrigin = {}): DeployDriver {
  const pollIntervalMs = parseDurationMs(config.pollInterval, 'deploy.webhook.pollInterval');
  const hook = hostAndPath(config.url);
  const status = config.statusUrl ? hostAndPath(config.statusUrl) : undefined;

  async function send(ctx: DriverContext, payload: WebhookPayload): Promise<DeployOutcome> {
    const secret = ctx.secrets.webhookSecret;
    if (!secret)
      throw new DeployFailure(
        `webhook ${hook}: no webhook secret, and stackgate sends no unsigned payload; set STACKGATE_WEBHOOK_SECRET (CLI) or the webhook-secret input`,
        'deploy',
        [],
        false,
      );
    const delivery = randomUUID();
    const redact = redactor(secret);
    // requestJson sends JSON.stringify(body): the same bytes as `raw`, which is what is signed.
    const raw = JSON.stringify(payload);
    const started = ctx.now();
    ctx.log(`webhook: POST ${hook} action ${payload.action} at ${short(payload.sha)}, delivery ${delivery}`);
    let answer: JsonResponse;
    try {
      answer = await requestJson(ctx, {
        method: 'POST',
        url: config.url,
        headers: { [SIGNATURE_HEADER]: signatureOf(raw, secret), [DELIVERY_HEADER]: delivery },
        body: payload,
      });
    } catch (e) {
      if (!(e instanceof HttpRequestError)) throw e;
      // A POST with no answer may have reached the hook: only a connection that failed changed nothing.
      const isTimeout = e.kind === 'timeout' || e.kind === 'cancelled';
      throw new DeployFailure(redact(`webhook ${e.message}`), isTimeout ? 'timeout' : 'deploy', [], e.kind !== 'network');
    }
    const tookMs = ctx.now() - started;
    if (answer.status < 200 || answer.status >= 300) {
      const excerpt = redact(bodyExcerpt(answer.text));
      throw new DeployFailure(
        `webhook POST ${hook} answered ${answer.status}${excerpt ? `: ${excerpt}` : ''}${hintFor(answer.status)}`,
        'deploy',
        [],
        answer.status >= 500,
      );
    }
    ctx.log(`webhook: ${hook} answered ${answer.status} in ${formatMs(tookMs)}`);
    const item: DeployItem = {
      name: payload.environment,
      action: 'deployed',
      detail: `${payload.action} at ${short(payload.sha)}: hook answered ${answer.status}`,
    };
    const answeredUrl = environmentUrlOf(answer.json);
    if (!config.statusUrl)
      return {
        items: [item],
        notes: [`not verified beyond the hook's ${answer.status} answer (no statusUrl): the smoke tests verify the environment`],
        ...(answeredUrl ? { environmentUrl: answeredUrl } : {}),
      };
    const final = await poll(ctx, config.statusUrl, delivery, secret, item);
    const environmentUrl = environmentUrlOf(final.json) ?? answeredUrl;
    return {
      items: [{ ...item, detail: `${item.detail}; status success after ${formatMs(ctx.now() - started)}` }],
      notes: [],
      ...(environmentUrl ? { environmentUrl } : {}),
    };
  }

  async function poll(ctx: DriverContext, url: string, delivery: string, secret: string, item: DeployItem): Promise<JsonResponse> {
    const redact = redactor(secret);
    const headers = { [SIGNATURE_HEADER]: signatureOf('', secret), [DELIVERY_HEADER]: delivery };
    let last = 'no status yet';
    const said = new Set<string>();
    const tell = (line: string): void => {
      if (!said.has(line)) ctx.log(line);
      said.add(line);
    };
    for (let polls = 1; ; polls++) {
      if (ctx.now() >= ctx.deadline || ctx.signal.aborted) {
        const why = ctx.signal.aborted ? 'the deploy was cancelled before a final status' : "no final status within the deploy's time";
        throw new DeployFailure(`webhook status ${status}: ${why} (${polls - 1} polls; last: ${last})`, 'timeout', [item]);
      }
      try {
        const answer = await requestJson(ctx, { method: 'GET', url, headers, timeoutMs: POLL_TIMEOUT_MS });
        if (answer.status === 401 || answer.status === 403)
          throw new DeployFailure(
            `webhook status GET ${status} answered ${answer.status}: it refuses stackgate's ${SIGNATURE_HEADER} (the HMAC-SHA256 of the empty body with the webhook secret)`,
            'verify',
            [item],
          );
        const value = isRecord(answer.json) && typeof answer.json.status === 'string' ? answer.json.status : undefined;
        if (answer.status >= 200 && answer.status < 300 && value !== undefined) {
          const state = value.toLowerCase();
          if (DONE.has(state)) return answer;
          if (FAILED.has(state)) {
            const why = isRecord(answer.json) && typeof answer.json.description === 'string' ? redact(bodyExcerpt(answer.json.description)) : '';
            throw new DeployFailure(`webhook status ${status} reports ${state} for delivery ${delivery}${why ? `: ${why}` : ''}`, 'verify', [item]);
          }
          last = `status "${redact(bodyExcerpt(value))}"`;
          if (!WAITING.has(state)) tell(`webhook: status ${last} is not one stackgate knows; waiting for success or failure`);
        } else {
          last = answer.status >= 200 && answer.status < 300 ? `${answer.status} without a JSON status` : `${answer.status}`;
          tell(`webhook: status ${status} answered ${last}; polling again`);
        }
      } catch (e) {
        if (!(e instanceof HttpRequestError)) throw e;
        if (e.kind === 'redirect') throw new DeployFailure(redact(`webhook status ${e.message}`), 'verify', [item]);
        last = e.kind === 'timeout' ? 'a poll without an answer' : e.message;
        if (e.kind !== 'cancelled') tell(redact(`webhook: ${e.message}; polling again`));
      }
      const waitMs = Math.min(pollIntervalMs, ctx.deadline - ctx.now());
      if (waitMs > 0 && !ctx.signal.aborted) await ctx.sleep(waitMs);
    }
  }

  return {
    kind: 'webhook',

    async plan(ctx) {
      const notes = [
        config.statusUrl
          ? `then GET ${status} every ${formatMs(pollIntervalMs)} until it reports success or failure`
          : "no statusUrl: the hook's 2xx answer is the only verification before the smoke tests",
      ];
      if (!ctx.secrets.webhookSecret) notes.push('no webhook secret is set: the deploy would refuse to send an unsigned payload');
      const plan: DeployPlan = {
        driver: 'webhook',
        target: `webhook POST ${hook}`,
        items: [{ name: ctx.source.environment, action: 'update', detail: `POST action "deploy" at ${short(ctx.source.sha)}, signed (${SIGNATURE_HEADER})` }],
        notes,
      };
      return plan;
    },

    async capture(ctx) {
      const previous = ctx.previous;
      if (!previous) return undefined;
      const point: RestorePoint = {
        driver: 'webhook',
        description: `deployment ${previous.deploymentId} at ${short(previous.sha)} (the hook is asked to roll back to it)`,
        sha: previous.sha,
        deploymentId: previous.deploymentId,
      };
      return point;
    },

    deploy(ctx) {
      return send(ctx, buildPayload('deploy', ctx.source, origin, ctx.now()));
    },

    restore(ctx, point) {
      const sha = typeof point.sha === 'string' ? point.sha : '';
      if (!/^[0-9a-f]{40}$/i.test(sha)) throw new DeployFailure(`webhook restore: the restore point has no commit (${point.description})`, 'deploy', [], false);
      const previous: DeploySource = ctx.previous?.sha === sha && ctx.previous.source ? ctx.previous.source : { ...ctx.source, sha, composeFile: undefined };
      return send(ctx, buildPayload('rollback', previous, origin, ctx.now(), ctx.source.sha));
    },
  };
}

/** The text with the secret (and what is derived from it, the signatures) as `***`. */
function redactor(secret: string): (text: string) => string {
  const hidden = [secret, signatureOf('', secret).slice('sha256='.length)].filter((h) => h.length >= 4);
  return (text) => redact(text, hidden);
}

/** One line of at most EXCERPT_CHARS: enough to say what the hook said, never a whole page. */
function bodyExcerpt(text: string): string {
  const line = text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clip(line, EXCERPT_CHARS);
}

function environmentUrlOf(json: unknown): string | undefined {
  const url = isRecord(json) ? json.environment_url : undefined;
  return typeof url === 'string' && /^https?:\/\//i.test(url) && URL.canParse(url) ? url : undefined;
}

function hintFor(status: number): string {
  if (status === 401 || status === 403)
    return ` (the hook refuses the payload: does it check ${SIGNATURE_HEADER} with the same secret as STACKGATE_WEBHOOK_SECRET?)`;
  if (status === 404) return ' (check deploy.webhook.url)';
  return '';
}
