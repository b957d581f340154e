/**
 * A value from a user's file, as a message may show it: text and numbers as written, anything
 * else (a map or list where a name or a port belongs) as short JSON, never `[object Object]`,
 * `undefined` or `null`.
 */
const MAX_CHARS = 60;

/** Text of a scalar name (`mcp`, `12345`, `true`), or undefined for a missing, empty or non-scalar one. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return undefined;
}

export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  const scalar = scalarText(value);
  if (scalar !== undefined) return scalar;
  let json: string;
  try {
    json = JSON.stringify(value) ?? typeof value;
  } catch {
    // A cycle cannot come from YAML data (aliases are expanded into copies); say what it is.
    json = typeof value;
  }
  return json.length > MAX_CHARS ? `${json.slice(0, MAX_CHARS - 1)}…` : json;
}

/** `app=mcp, tier=3` for a label map or selector; `none` when empty. */
export function displayPairs(map: Readonly<Record<string, unknown>>): string {
  const pairs = Object.entries(map).map(([k, v]) => `${k}=${displayValue(v)}`);
  return pairs.length ? pairs.join(', ') : 'none';
}
