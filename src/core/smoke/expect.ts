/** Expectations on a tools/call result: the error flag, text, a regular expression, a JSON subset. */

export interface CallExpectation {
  contains?: string;
  regex?: string;
  json?: unknown;
  isError: boolean;
}

export interface CallResult {
  isError?: boolean;
  content?: unknown[];
  structuredContent?: unknown;
}

const MAX_SHOWN = 160;

/** The text of a result: its text content items, one per line. */
export function textOf(result: CallResult): string {
  return (result.content ?? [])
    .flatMap((c) =>
      c && typeof c === 'object' && (c as { type?: unknown }).type === 'text' && typeof (c as { text?: unknown }).text === 'string'
        ? [(c as { text: string }).text]
        : [],
    )
    .join('\n');
}

/** What is wrong with the result, one sentence each; empty when it meets the expectation. */
export function checkCallResult(result: CallResult, expect: CallExpectation): string[] {
  const problems: string[] = [];
  const text = textOf(result);
  const isError = result.isError === true;
  if (isError !== expect.isError) {
    problems.push(isError ? `returned isError: true (${quote(text) || 'no text'})` : 'returned a result, but an error (isError: true) was expected');
    // The other expectations describe the expected outcome; they do not apply to the wrong one.
    return problems;
  }
  if (expect.contains !== undefined && !text.includes(expect.contains))
    problems.push(`expected the text to contain ${JSON.stringify(expect.contains)}, got ${quote(text) || 'no text'}`);
  if (expect.regex !== undefined && !new RegExp(expect.regex).test(text))
    problems.push(`expected the text to match /${expect.regex}/, got ${quote(text) || 'no text'}`);
  if (expect.json !== undefined) {
    const actual = result.structuredContent ?? parseJson(text);
    if (actual === undefined) problems.push('expected JSON, but the result has no structured content and its text is not JSON');
    else {
      const mismatch = subsetMismatch(actual, expect.json, '$');
      if (mismatch) problems.push(`the JSON result does not contain the expected values: ${mismatch}`);
    }
  }
  return problems;
}

/**
 * Whether `expected` is contained in `actual`: objects by key (extra keys allowed), arrays by item
 * (each expected item matched by a different actual item, in any order), other values equal.
 * Returns where the first difference is, or undefined.
 */
export function subsetMismatch(actual: unknown, expected: unknown, at: string): string | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at}: expected an array, got ${kind(actual)}`;
    // A matching by augmenting paths: a greedy first pick can take the one item a later expected item needs.
    const fits = expected.map((e) => actual.flatMap((a, k) => (subsetMismatch(a, e, at) === undefined ? [k] : [])));
    const owner = new Map<number, number>();
    const assign = (i: number, seen: Set<number>): boolean =>
      fits[i].some((k) => {
        if (seen.has(k)) return false;
        seen.add(k);
        const o = owner.get(k);
        if (o !== undefined && !assign(o, seen)) return false;
        owner.set(k, i);
        return true;
      });
    for (let i = 0; i < expected.length; i++) if (!assign(i, new Set())) return `${at}[${i}]: no item matches ${short(expected[i])}`;
    return undefined;
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return `${at}: expected an object, got ${kind(actual)}`;
    for (const [k, v] of Object.entries(expected)) {
      if (!(k in (actual as object))) return `${at}.${k}: missing`;
      const m = subsetMismatch((actual as Record<string, unknown>)[k], v, `${at}.${k}`);
      if (m) return m;
    }
    return undefined;
  }
  return Object.is(actual, expected) ? undefined : `${at}: expected ${short(expected)}, got ${short(actual)}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function kind(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : short(v);
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function quote(text: string): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN - 1)}…` : flat);
}
