/** Tokens that carry base64-encoded JSON (JWT segments, Grafana and 1Password tokens, Mapbox tokens). */

/** Decodes standard or URL-safe base64, padded or not; undefined when it is not valid base64. */
export function decodeBase64(text: string): string | undefined {
  const normal = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(normal) || normal.length % 4 === 1) return undefined;
  return Buffer.from(normal, 'base64').toString('utf8');
}

/** The JSON object a base64 string encodes, or undefined when it is not one. */
export function decodeBase64Json(text: string): Record<string, unknown> | undefined {
  const decoded = decodeBase64(text);
  if (decoded === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(decoded);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // Not JSON: the string only looks like an encoded token.
  }
}
