/**
 * Prometheus's HTTP API, instant queries: `GET {url}/api/v1/query?query=…` answers
 * `{"status":"success","data":{"resultType":"vector"|"scalar"|"matrix"|"string","result":…}}`, or
 * `{"status":"error","errorType":…,"error":…}` with 400 (bad parameters, bad PromQL), 422 (an
 * expression that cannot be executed) or 503 (timed out, aborted).
 *
 * One number is a value: a scalar, or a vector of one sample. An empty vector and NaN are no data;
 * several series, a range vector or a string are invalid (the query should aggregate). Without a
 * usable answer it throws, so the gate fails closed: PrometheusQueryError when Prometheus rejects
 * the query (a config problem, with Prometheus's message), PrometheusUnreachableError otherwise
 * (connection refused, DNS, timeout, 5xx, an answer that is not Prometheus's JSON, 401/403/404).
 *
 * The bearer token travels in the Authorization header only and is redacted from every message.
 */
import type { Measurement } from '../../core/gate/canary';
import { UserError } from '../../core/errors';
import { isRecord } from '../../core/is-record';
import { redact } from '../../core/smoke/template';
import { describeTarget, HttpRequestError, requestJson, type JsonResponse } from '../deploy/http';

export interface PrometheusQueryOptions {
  /** Base URL, with or without a path prefix and a trailing slash (https://host/prometheus/). */
  url: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Of each query, also passed to Prometheus as its `timeout` parameter. */
  timeoutMs: number;
  fetch?: typeof fetch;
}

export type PrometheusQuery = (query: string, signal?: AbortSignal) => Promise<Measurement>;

/** No usable answer from Prometheus: unreachable, too slow, a 5xx, or an answer that is not its API's. */
export class PrometheusUnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrometheusUnreachableError';
  }
}

/** Prometheus rejected the query (400 bad_data, 422 execution): the query in stackgate.yml needs fixing. */
export class PrometheusQueryError extends Error {
  constructor(
    message: string,
    /** Prometheus's errorType (bad_data, execution). */
    readonly errorType: string,
  ) {
    super(message);
    this.name = 'PrometheusQueryError';
  }
}

const MAX_ERROR_CHARS = 500;
const MAX_LISTED_SERIES = 3;

/** `https://host/prometheus/` → `https://host/prometheus/api/v1/query` */
export function queryEndpoint(baseUrl: string): URL {
  const url = new URL(baseUrl);
  // fetch refuses such a URL with an error that quotes it, password included.
  if (url.username || url.password) throw new UserError('prometheus.url: credentials in the URL are not supported; give a bearer token instead');
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/api/v1/query`;
  url.search = '';
  url.hash = '';
  return url;
}

export function createPrometheusQuery(options: PrometheusQueryOptions): PrometheusQuery {
  const secrets = options.token ? [options.token] : [];
  const doFetch = options.fetch ?? fetch;
  const endpoint = queryEndpoint(options.url);
  const timeoutSeconds = Math.max(0.001, options.timeoutMs / 1000);
  return async (query, signal) => {
    const url = new URL(endpoint);
    url.searchParams.set('query', query);
    url.searchParams.set('timeout', String(timeoutSeconds));
    const target = describeTarget('GET', url.href);
    if (signal?.aborted) throw new PrometheusUnreachableError(`${target}: not sent, cancelled`);
    let response: JsonResponse;
    try {
      const now = Date.now;
      response = await requestJson(
        { fetch: doFetch, now, deadline: now() + options.timeoutMs, signal: signal ?? new AbortController().signal },
        { method: 'GET', url: url.href, headers: options.token ? { authorization: `Bearer ${options.token}` } : {}, timeoutMs: options.timeoutMs },
      );
    } catch (e) {
      if (e instanceof HttpRequestError) throw new PrometheusUnreachableError(redact(`Prometheus unreachable: ${e.message}`, secrets));
      throw e;
    }
    return readAnswer(response, target, secrets);
  };
}

function readAnswer(response: JsonResponse, target: string, secrets: string[]): Measurement {
  const { status, json } = response;
  const envelope = isRecord(json) ? json : undefined;
  const prometheusError = envelope?.status === 'error' ? errorText(envelope) : undefined;
  const fail: (message: string) => never = (message) => {
    throw new PrometheusUnreachableError(redact(message, secrets));
  };
  if ((status === 400 || status === 422) && prometheusError !== undefined) {
    const errorType = typeof envelope?.errorType === 'string' ? envelope.errorType : 'bad_data';
    throw new PrometheusQueryError(redact(`Prometheus rejected the query (${status} ${errorType}): ${prometheusError}`, secrets), errorType);
  }
  if (status === 401 || status === 403) fail(`${target} answered ${status}: the token is missing or not accepted`);
  if (status === 404) fail(`${target} answered 404: is the URL Prometheus's base URL (with its path prefix, without /api/v1)?`);
  if (status < 200 || status >= 300)
    fail(`Prometheus unreachable: ${target} answered ${status}${prometheusError !== undefined ? ` (${prometheusError})` : ''}`);
  if (!envelope) fail(`${target} answered ${status} with ${response.contentType || 'no content type'}, not Prometheus's JSON: is the URL Prometheus's?`);
  if (prometheusError !== undefined) fail(`Prometheus answered ${status} with an error: ${prometheusError}`);
  const data = envelope.data;
  if (envelope.status !== 'success' || !isRecord(data)) fail(`${target} answered ${status} without Prometheus's "status" and "data": is the URL Prometheus's?`);
  return readResult(data, fail);
}

function readResult(data: Record<string, unknown>, fail: (message: string) => never): Measurement {
  const { resultType, result } = data;
  switch (resultType) {
    case 'scalar':
      return sampleValue(result, fail);
    case 'vector': {
      if (!Array.isArray(result)) return fail('Prometheus answered a vector that is not a list');
      if (result.length === 0) return { kind: 'no-data', detail: 'empty result (no series matched)' };
      if (result.length > 1)
        return { kind: 'invalid', detail: `${result.length} series (${listSeries(result)}): aggregate the query to one number (sum, max)` };
      const sample: unknown = result[0];
      if (isRecord(sample) && sample.value === undefined && sample.histogram !== undefined)
        return { kind: 'invalid', detail: 'a native histogram sample: take a number of it (histogram_quantile, histogram_count)' };
      return sampleValue(isRecord(sample) ? sample.value : undefined, fail);
    }
    case 'matrix':
      return { kind: 'invalid', detail: 'a range vector: the query must give one number at an instant (rate(x[5m]), not x[5m])' };
    case 'string':
      return { kind: 'invalid', detail: 'a string: the query must give a number' };
    default:
      return fail(`Prometheus answered an unknown resultType ${JSON.stringify(resultType)}`);
  }
}

/** `[<unix time>, "<value>"]`; Prometheus writes NaN, +Inf and -Inf as such. */
function sampleValue(pair: unknown, fail: (message: string) => never): Measurement {
  const text: unknown = Array.isArray(pair) ? pair[1] : undefined;
  if (typeof text !== 'string') return fail('Prometheus answered a sample without a value');
  if (text === 'NaN') return { kind: 'no-data', detail: 'NaN (e.g. 0/0: no requests in the window)' };
  if (text === '+Inf' || text === 'Inf') return { kind: 'value', value: Infinity };
  if (text === '-Inf') return { kind: 'value', value: -Infinity };
  const value = Number(text);
  if (text.trim() === '' || Number.isNaN(value)) return fail(`Prometheus answered a sample value that is not a number: ${JSON.stringify(text.slice(0, 40))}`);
  return { kind: 'value', value };
}

/** `{status="200"}, {status="500"}, 1 more` */
function listSeries(result: unknown[]): string {
  const labels = result.slice(0, MAX_LISTED_SERIES).map((s) => {
    const metric = isRecord(s) && isRecord(s.metric) ? s.metric : {};
    return `{${Object.entries(metric)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(', ')}}`;
  });
  if (result.length > MAX_LISTED_SERIES) labels.push(`${result.length - MAX_LISTED_SERIES} more`);
  return labels.join(', ');
}

function errorText(envelope: Record<string, unknown>): string {
  const text = typeof envelope.error === 'string' ? envelope.error : `errorType ${String(envelope.errorType)}`;
  return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS)}…` : text;
}
