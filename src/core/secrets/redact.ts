/**
 * The only form in which a found secret is ever shown: its first characters and its length.
 * Four characters for tokens of 16 characters or more (`ghp_…(40 chars)`); fewer for shorter values,
 * so a short password never shows a meaningful part of itself.
 */
export function redactSecret(value: string): string {
  const shown = Math.min(4, Math.floor(value.length / 4));
  return `${value.slice(0, shown)}…(${value.length} chars)`;
}
