/**
 * Patterns for secrets whose format has no fixed prefix: the value only counts when it is assigned
 * to a name that mentions the provider (`CLOUDFLARE_API_TOKEN=…`, `"zendesk_token": "…"`,
 * `sumo.accessKey: …`). Names are matched case-insensitively; in a name, `_` stands for an
 * optional `_`, `.` or `-` (so `cf_token` also matches `CF-TOKEN` and `cfToken`).
 */

/** `cloud_flare` -> `[cC][lL]…[_.-]?[fF]…`: a case-insensitive, separator-tolerant name. */
export function caseless(name: string): string {
  let out = '';
  for (const ch of name) {
    if (/[a-z]/i.test(ch)) out += `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
    else if (ch === '_') out += '[_.-]?';
    else out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

export interface AssignmentOptions {
  /** Words that, when they follow the provider name, mean the value is not this secret (`search`, `id`). */
  notFollowedBy?: readonly string[];
  /** What must not follow the value (a lookahead source); by default no base64 or token character. */
  end?: string;
}

/**
 * The name and the assignment operator before a value: `name…` (up to 40 more name characters),
 * an optional closing quote, then `=`, `:`, `:=`, `=>`, `,` or whitespace, then an optional quote.
 */
export function assignmentPrefix(names: readonly string[], options: AssignmentOptions = {}): string {
  const name = `(?:${names.map(caseless).join('|')})`;
  const exclude = options.notFollowedBy?.length ? `(?![A-Za-z0-9_.-]{0,40}?(?:${options.notFollowedBy.map(caseless).join('|')}))` : '';
  return `${name}${exclude}[A-Za-z0-9_.-]{0,40}?["'\`]?[ \\t]{0,4}(?::=|=>|[=:,]|[ \\t])[ \\t]{0,4}["'\`]?`;
}

/** A value of the given shape (a regex source) assigned to a name mentioning the provider. */
export function assignedTo(names: readonly string[], value: string, options: AssignmentOptions = {}): RegExp {
  return new RegExp(`${assignmentPrefix(names, options)}(?<secret>${value})${options.end ?? '(?![A-Za-z0-9_+/=-])'}`);
}

/** Lowercase, uppercase and digits: how many of the three a value uses. */
export function characterClasses(value: string): number {
  return Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/[0-9]/.test(value));
}

/** Random alphanumeric secrets use letters and digits; words, hex digests and placeholders mostly don't. */
export function isMixedAlphanumeric(value: string): boolean {
  return characterClasses(value) >= 2 && /[0-9]/.test(value) && !/^[0-9a-f]+$/.test(value);
}

export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
