/**
 * Redaction of text that is about to be shown: finding messages, error messages, anything that may
 * quote a repository's files or a server's answers. One redactor serves a run:
 *
 * - `learn(text)` runs the secret scanner (provider rules and generic detectors) over source text,
 *   typically the lines a finding points at, where a value still has its key and its whole length;
 * - `redact(text)` learns what the text itself holds, then replaces every known secret, and every
 *   fragment of one at least {@link MIN_FRAGMENT} characters long (a message that cut a token short
 *   still quotes most of it), with the secret's redacted preview; a plain word a value begins or
 *   ends with (the `postgres` of `postgres123` in a service name) is not a piece of the secret.
 *
 * The values learned are kept for masking (`::add-mask::`) and never leave the entry point.
 */
import { redactSecret } from './redact';
import { SECRET_RULES } from './rules/index';
import { scanText } from './scan';

/** Shortest piece of a secret that counts as showing it (the generic detectors report values of 8 or more). */
export const MIN_FRAGMENT = 8;

export class SecretRedactor {
  private readonly known = new Set<string>();
  /** Every MIN_FRAGMENT-character piece of every known value -> the value and the piece's offset in it. */
  private readonly pieces = new Map<string, { value: string; offset: number }>();
  private readonly learnedTexts = new Set<string>();

  /** Remembers a value as secret (for instance a token the run was given). */
  add(value: string): void {
    if (!value || this.known.has(value)) return;
    this.known.add(value);
    if (value.length < MIN_FRAGMENT) return;
    for (let i = 0; i + MIN_FRAGMENT <= value.length; i++) {
      const piece = value.slice(i, i + MIN_FRAGMENT);
      if (!this.pieces.has(piece)) this.pieces.set(piece, { value, offset: i });
    }
  }

  /**
   * Finds the secrets in the texts and remembers them. The texts are scanned as one (each on its own
   * lines): one pass of the scanner over thousands of short texts costs a fraction of a pass per text.
   */
  learn(texts: string | Iterable<string>): void {
    const fresh = (typeof texts === 'string' ? [texts] : [...texts]).filter((t) => t && !this.learnedTexts.has(t));
    if (!fresh.length) return;
    for (const t of fresh) this.learnedTexts.add(t);
    for (const f of scanText('', fresh.join('\n'), { rules: SECRET_RULES })) this.add(f.value);
  }

  /** `text` with every secret it holds, and every known one, shown only as its redacted preview. */
  redact(text: string): string {
    this.learn(text);
    return this.redactKnown(text);
  }

  /** `text` with every known secret shown only as its redacted preview (what `learn` found so far). */
  redactKnown(text: string): string {
    if (!text || !this.known.size) return text;
    const ranges = this.findRanges(text);
    if (!ranges.length) return text;
    let out = '';
    let at = 0;
    for (const r of ranges) {
      out += text.slice(at, r.start) + redactSecret(r.value);
      at = r.end;
    }
    return out + text.slice(at);
  }

  /** The values learned so far: for masking only. */
  get values(): string[] {
    return [...this.known];
  }

  /** Non-overlapping ranges of `text` that show a known value or a fragment of one, in order. */
  private findRanges(text: string): { start: number; end: number; value: string }[] {
    const ranges: { start: number; end: number; value: string }[] = [];
    for (const value of this.known) {
      if (value.length >= MIN_FRAGMENT) continue;
      for (let i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + value.length)) ranges.push({ start: i, end: i + value.length, value });
    }
    for (let i = 0; i + MIN_FRAGMENT <= text.length; i++) {
      const hit = this.pieces.get(text.slice(i, i + MIN_FRAGMENT));
      if (!hit) continue;
      // Grow the match both ways as far as text and value agree.
      let before = 0;
      while (i - before > 0 && hit.offset - before > 0 && text[i - before - 1] === hit.value[hit.offset - before - 1]) before++;
      let after = MIN_FRAGMENT;
      while (i + after < text.length && hit.offset + after < hit.value.length && text[i + after] === hit.value[hit.offset + after]) after++;
      // A lone word a value begins or ends with ("postgres" of postgres123) is a name, not a piece of
      // the secret; a word from its middle is.
      const start = hit.offset - before;
      const atEdge = start === 0 || hit.offset + after === hit.value.length;
      if (atEdge && after + before < hit.value.length && isPlainWord(text.slice(i - before, i + after))) continue;
      ranges.push({ start: i - before, end: i + after, value: hit.value });
      i += after - 1;
    }
    ranges.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: typeof ranges = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
      else merged.push({ ...r });
    }
    return merged;
  }
}

/** Letters of one case, shorter than a token: a word or a name (random pieces of 8+ characters almost always mix in a digit or case). */
function isPlainWord(text: string): boolean {
  return text.length < 16 && (/^[a-z]+$/.test(text) || /^[A-Z]+$/.test(text));
}

/** One text shown redacted on its own (an error message): what it holds itself is all that is known. */
export function redactSecrets(text: string): string {
  return new SecretRedactor().redact(text);
}
