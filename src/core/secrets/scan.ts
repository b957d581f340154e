/**
 * The secret scanner: one pass over the text (find-candidates.ts: every rule keyword, by a
 * multi-keyword automaton, and every run of base64 characters) finds the few places where a rule
 * can match; only there, in a bounded window, do the rules' patterns run. The generic detectors
 * (secret-like keys, credentials in URLs) follow the same keywords, and the decoders look only at
 * the runs the pass found.
 */
import { findCandidates, type Candidates } from './find-candidates';
import { detectGeneric, GENERIC_KEYWORDS, type Span } from './generic';
import { buildKeywordAutomaton, type KeywordAutomaton } from './keyword-automaton';
import { redactSecret } from './redact';
import type { SecretRule } from './rule';
import { shannonEntropy } from './key-name';
import { isSourceCode } from './code-expression';

/** A finding with the raw value: it never leaves the secrets layer (see `toPublicFinding`). */
export interface RawSecretFinding {
  ruleId: string;
  provider: string;
  description: string;
  file: string;
  line: number;
  column: number;
  endColumn: number;
  /** How the value was found when not in plain text. */
  encoding?: 'base64' | 'hex' | 'percent';
  /** The secret itself: for masking and salted fingerprints only. */
  value: string;
}

/** What may be rendered anywhere: the raw value replaced by its redacted form. */
export interface SecretFinding extends Omit<RawSecretFinding, 'value'> {
  redacted: string;
  /** Salted hash of rule, file and value (baselines); never the value. */
  fingerprint?: string;
  /** The commit that introduced it (history mode). */
  commit?: string;
  /** Live verification result, when it was asked for. */
  verified?: 'valid' | 'invalid' | 'unknown';
  /** Set on the note that stands for this many findings of the file past the per-file limit (per-file-limit.ts). */
  omitted?: number;
}

export function toPublicFinding(raw: RawSecretFinding, extra: Pick<SecretFinding, 'fingerprint' | 'commit' | 'verified'> = {}): SecretFinding {
  const { value, ...rest } = raw;
  return { ...rest, redacted: redactSecret(value), ...extra };
}

export interface ScanOptions {
  rules: readonly SecretRule[];
  /** Run the generic detectors (secret-like keys, URL credentials, encoded values). Default true. */
  generic?: boolean;
  /** Only these 1-based lines (diff mode: the lines a change adds). */
  lines?: ReadonlySet<number>;
  /** How deep encoded values are decoded and rescanned. Default 2. */
  maxDecodeDepth?: number;
}

/** Characters of context around a keyword hit that patterns see; bounds work on minified lines. */
const WINDOW_BEFORE = 160;
const WINDOW_AFTER = 600;

interface CompiledRules {
  automaton: KeywordAutomaton;
  /** Per keyword of the automaton: the rules it leads to, and whether the generic detectors want it. */
  rulesOf: SecretRule[][];
  isGeneric: boolean[];
  global: Map<SecretRule, RegExp>;
}

const compiledCache = new WeakMap<readonly SecretRule[], CompiledRules>();

function compile(rules: readonly SecretRule[]): CompiledRules {
  let c = compiledCache.get(rules);
  if (c) return c;
  const byKeyword = new Map<string, SecretRule[]>();
  for (const rule of rules) {
    for (const k of rule.keywords) byKeyword.set(k.toLowerCase(), [...(byKeyword.get(k.toLowerCase()) ?? []), rule]);
  }
  const generic = new Set(GENERIC_KEYWORDS.map((k) => k.toLowerCase()));
  const keywords = [...new Set([...byKeyword.keys(), ...generic])];
  // Hits are grouped by line (groupByLine), which needs every keyword on one line.
  const multiline = keywords.find((k) => k.includes('\n'));
  if (multiline !== undefined) throw new Error(`secret rule keyword ${JSON.stringify(multiline)} spans a line break`);
  const global = new Map(rules.map((r) => [r, new RegExp(r.pattern.source, r.pattern.flags.replace(/[gy]/g, '') + 'g')]));
  c = {
    automaton: buildKeywordAutomaton(keywords),
    rulesOf: keywords.map((k) => byKeyword.get(k) ?? []),
    isGeneric: keywords.map((k) => generic.has(k)),
    global,
  };
  compiledCache.set(rules, c);
  return c;
}

/** Start offset of every line (index 0 is line 1). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function scanText(file: string, text: string, options: ScanOptions): RawSecretFinding[] {
  const findings: RawSecretFinding[] = [];
  // A worklist, not recursion: the file first, then each value decoded from it, whatever the nesting.
  const pending: ScanUnit[] = [{ text, depth: 0, at: undefined }];
  for (let unit = pending.pop(); unit; unit = pending.pop()) {
    scanUnit(findings, file, unit, options);
    if (unit.depth < (options.maxDecodeDepth ?? 2)) queueDecoded(pending, unit, options);
  }
  return dedupe(findings);
}

/** Where a decoded value sits in the file: every finding inside it points there. */
type EncodedAt = { line: number; column: number; encoding: RawSecretFinding['encoding'] };

/** A text to scan: the file itself (depth 0) or a value decoded from it. */
interface ScanUnit {
  text: string;
  depth: number;
  at: EncodedAt | undefined;
  /** Line starts of `text`, once computed. */
  starts?: number[];
  /** What the one pass found in `text` (keyword hits, base64 runs), once computed. */
  candidates?: Candidates;
}

function scanUnit(out: RawSecretFinding[], file: string, unit: ScanUnit, options: ScanOptions): void {
  const { text, at } = unit;
  const compiled = compile(options.rules);
  const generic = options.generic !== false;
  // A decoded value is data, whatever the file: its words are literals.
  const code = !at && isSourceCode(file, text);
  const starts = (unit.starts ??= lineStarts(text));
  const candidates = (unit.candidates ??= findCandidates(compiled.automaton, text, unit.depth < (options.maxDecodeDepth ?? 2)));
  for (const h of groupByLine(candidates.hits, starts, compiled)) {
    const line = h.line;
    if (options.lines && !at && !options.lines.has(line)) continue;
    const lineStart = starts[line - 1];
    const lineEnd = line < starts.length ? starts[line] - 1 : text.length;
    const winStart = Math.max(lineStart, h.from - WINDOW_BEFORE);
    const winEnd = Math.min(lineEnd, h.to + WINDOW_AFTER);
    const window = text.slice(winStart, winEnd);
    const position = (offsetInWindow: number, length: number) => {
      const column = winStart + offsetInWindow - lineStart + 1;
      return at ? { line: at.line, column: at.column, endColumn: at.column } : { line, column, endColumn: column + length };
    };
    // Values a rule recognised in this window but whose checksum failed: known fakes.
    const rejected: Span[] = [];
    for (const rule of h.rules) {
      const re = compiled.global.get(rule)!;
      re.lastIndex = 0;
      for (let m = re.exec(window); m; m = re.exec(window)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const secret = m.groups?.secret ?? m[0];
        const offset = m.index + (m.groups?.secret !== undefined ? m[0].indexOf(secret) : 0);
        if (!isReportable(rule, secret, followingText(text, winStart + offset + secret.length))) {
          rejected.push({ offset, length: secret.length });
          continue;
        }
        out.push({
          ruleId: rule.id,
          provider: rule.provider,
          description: rule.description,
          file,
          ...position(offset, secret.length),
          ...(at?.encoding ? { encoding: at.encoding } : {}),
          value: secret,
        });
      }
    }
    if (generic && h.genericEnds.length && isAssignmentShaped(text, winStart, winEnd, h.genericEnds)) {
      for (const g of detectGeneric(window, rejected, { code })) {
        out.push({
          ruleId: g.ruleId,
          provider: 'generic',
          description: g.description,
          file,
          ...position(g.offset, g.value.length),
          ...(at?.encoding ? { encoding: at.encoding } : {}),
          value: g.value,
        });
      }
    }
  }
}

/** The keyword hits of one line: the rules they lead to, in order, and the stretch they cover. */
interface LineHits {
  line: number;
  rules: SecretRule[];
  /** Where each hit of a generic keyword ends, in order. */
  genericEnds: number[];
  from: number;
  to: number;
}

/**
 * The hits (flat: keyword, start, end, in order of their end) grouped by line. A line's rules are
 * listed by the start of their keyword, the longest keyword first at one start, so that of two
 * rules reporting the same value on a line the one with the longer keyword (`sk-ant-` before `sk-`)
 * is kept (see dedupe).
 */
function groupByLine(flat: readonly number[], starts: readonly number[], compiled: CompiledRules): LineHits[] {
  const lines: LineHits[] = [];
  let li = 0;
  for (let k = 0; k < flat.length;) {
    // No keyword spans a line break, so a hit's line is its last character's; ends only grow.
    const last = flat[k + 2] - 1;
    while (li + 1 < starts.length && starts[li + 1] <= last) li++;
    const next = li + 1 < starts.length ? starts[li + 1] : Infinity;
    let j = k;
    while (j < flat.length && flat[j + 2] - 1 < next) j += 3;
    const order: number[] = [];
    for (let x = k; x < j; x += 3) order.push(x);
    if (order.length > 1) order.sort((a, b) => flat[a + 1] - flat[b + 1] || flat[b + 2] - flat[a + 2]);
    const rules = new Set<SecretRule>();
    const genericEnds: number[] = [];
    let from = Infinity;
    let to = -1;
    for (const x of order) {
      for (const r of compiled.rulesOf[flat[x]]) rules.add(r);
      if (compiled.isGeneric[flat[x]]) genericEnds.push(flat[x + 2]);
      from = Math.min(from, flat[x + 1]);
      to = Math.max(to, flat[x + 2]);
    }
    if (genericEnds.length > 1) genericEnds.sort((a, b) => a - b);
    lines.push({ line: li + 1, rules: [...rules], genericEnds, from, to });
    k = j;
  }
  return lines;
}

/**
 * Whether the generic detectors (generic.ts) can match in the window [from, to) of `text`, given
 * where its generic keywords end: an assignment needs its key — the run of `[A-Za-z0-9_.-]` that
 * holds the keyword — followed by an optional quote, spaces and `:` or `=` (`const userKey = …`,
 * `"auth_token": …`); a command-line flag needs `--` (or `-p` after `mysql`); a URL with credentials needs `://` and `@`.
 * Lines that only mention a key or a token (`logger.debug(userKey)`, `getAccessToken()`) are not
 * run through them. The test comparing the engine with a full-regex reference
 * (__tests__/core/secrets/engine-equivalence.test.ts) fails if a detector ever matches elsewhere.
 */
function isAssignmentShaped(text: string, from: number, to: number, genericEnds: readonly number[]): boolean {
  let scannedTo = -1;
  for (const end of genericEnds) {
    if (end < scannedTo) continue; // the same key as the hit before
    let i = end;
    while (i < to && isKeyChar(text.charCodeAt(i))) i++;
    scannedTo = i;
    if (i < to && (text.charCodeAt(i) === 0x22 || text.charCodeAt(i) === 0x27)) i++;
    for (let spaces = 0; i < to && spaces < 64 && isSpace(text.charCodeAt(i)); spaces++) i++;
    if (i < to && (text.charCodeAt(i) === 0x3a || text.charCodeAt(i) === 0x3d)) return true;
  }
  const window = text.slice(from, to);
  return window.includes('--') || (window.includes('-p') && /mysql|mariadb/i.test(window)) || (window.includes('://') && window.includes('@'));
}

/** `[A-Za-z0-9_.-]`: the characters of a key in the generic assignment pattern. */
function isKeyChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === 0x2d;
}

/** `\s` of a JavaScript regular expression. */
function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Whether a value has a provider's token format but fails its checksum or documented-example test:
 * a known fake (test fixture, documentation), which the generic detectors must not report either.
 */
export function isKnownFake(value: string, rules: readonly SecretRule[]): boolean {
  const lower = value.toLowerCase();
  for (const rule of rules) {
    if (!rule.keywords.some((k) => lower.includes(k))) continue;
    const m = rule.pattern.exec(value);
    if (m && !isReportable(rule, m.groups?.secret ?? m[0])) return true;
  }
  return false;
}

/**
 * Whether a value a rule's pattern matched is reported: not a documented example, random enough, with
 * a valid checksum (or, for a PEM header, a body below it that is key material).
 * @param following the text after the value (FOLLOWING_LENGTH characters at most); empty when the value stands alone
 */
export function isReportable(rule: SecretRule, secret: string, following = ''): boolean {
  if (rule.documentedExamples?.includes(secret)) return false;
  if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return false;
  if (rule.validate && !rule.validate(secret, following)) return false;
  return true;
}

/** How much of the text after a matched value a rule's validate sees: a PEM key's first lines. */
export const FOLLOWING_LENGTH = 1024;

/** The text after `offset`, FOLLOWING_LENGTH characters at most. */
export function followingText(text: string, offset: number): string {
  return text.slice(offset, offset + FOLLOWING_LENGTH);
}

/**
 * Longest encoded run decoded and rescanned (16 KiB of base64 is 12 KiB of data: a PEM key, a
 * service-account JSON). It also bounds the run patterns below: an unbounded `{24,}` over a
 * multi-megabyte data URI overflows the regular-expression stack, and a run longer than this is
 * never decoded anyway (the look-arounds reject its every prefix).
 */
export const MAX_ENCODED_LENGTH = 16_384;

export const BASE64_RUN = new RegExp(
  `(?<![A-Za-z0-9+/=_-])([A-Za-z0-9+/]{24,${MAX_ENCODED_LENGTH}}={0,2}|[A-Za-z0-9_-]{24,${MAX_ENCODED_LENGTH}})(?![A-Za-z0-9+/=_-])`,
  'g',
);
/** BASE64_RUN for one run at a time, without the global flag's state. */
const BASE64_VALUE = new RegExp(BASE64_RUN.source);
export const HEX_RUN = new RegExp(`(?<![0-9a-fA-F])((?:[0-9a-fA-F]{2}){16,${MAX_ENCODED_LENGTH / 2}})(?![0-9a-fA-F])`, 'g');
/** At least three escapes, each followed by up to 256 plain characters; a longer run is cut into pieces of 1024 escapes. */
export const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2}[^\s%'"]{0,256}){3,1024}/g;

/**
 * Values hidden behind base64, hex or percent encoding: decode, and queue what they decode to.
 * Base64 and hex values are looked for only inside the long runs of base64 characters the one pass
 * found: a run is bounded by characters that are neither base64 nor hex, so the patterns' look-arounds
 * see the same text there as in the whole file.
 */
function queueDecoded(queue: ScanUnit[], unit: ScanUnit, options: ScanOptions): void {
  const { text, at } = unit;
  const starts = (unit.starts ??= lineStarts(text));
  const runs = (unit.candidates ??= findCandidates(compile(options.rules).automaton, text, true)).runs;
  const queueValue = (index: number, value: string, encoding: RawSecretFinding['encoding'], decode: (s: string) => string | undefined) => {
    if (value.length > MAX_ENCODED_LENGTH) return;
    const decoded = decode(value);
    if (!decoded || !isMostlyPrintable(decoded)) return;
    const line = lineOf(starts, index);
    if (options.lines && !at && !options.lines.has(line)) return;
    const position = at ?? { line, column: index - starts[line - 1] + 1, encoding };
    queue.push({ text: decoded, depth: unit.depth + 1, at: { ...position, encoding: at?.encoding ?? encoding } });
  };
  for (let r = 0; r < runs.length; r += 2) {
    if (runs[r + 1] - runs[r] > MAX_ENCODED_LENGTH + 2) continue; // the run pattern stops at MAX_ENCODED_LENGTH (+ padding)
    const m = BASE64_VALUE.exec(text.slice(runs[r], runs[r + 1]));
    if (m) queueValue(runs[r] + m.index, m[0], 'base64', decodeBase64);
  }
  for (let r = 0; r < runs.length; r += 2) {
    if (runs[r + 1] - runs[r] < 32) continue; // the shortest hex value is 16 bytes
    const run = text.slice(runs[r], runs[r + 1]);
    for (const m of run.matchAll(HEX_RUN)) queueValue(runs[r] + (m.index ?? 0), m[0], 'hex', decodeHex);
  }
  if (!text.includes('%')) return;
  for (const m of text.matchAll(PERCENT_RUN)) queueValue(m.index ?? 0, m[0], 'percent', decodePercent);
}

/** A base64 (or base64url) value's text, or undefined when the run looks like an identifier or a path. */
export function decodeBase64(s: string): string | undefined {
  // Identifiers and paths are long runs of base64 characters too; real encodings mix cases and digits.
  if (!/[0-9+/_-]/.test(s) || !/[a-z]/.test(s) || !/[A-Z]/.test(s)) return undefined;
  return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}

export const decodeHex = (s: string): string => Buffer.from(s, 'hex').toString('utf8');

export function decodePercent(s: string): string | undefined {
  try {
    const d = decodeURIComponent(s);
    return d !== s ? d : undefined;
  } catch {
    return undefined; // Not valid percent-encoding: nothing hidden there.
  }
}

/** Whether decoded bytes are text worth scanning (at least 8 characters, 95% printable). */
export function isMostlyPrintable(s: string): boolean {
  if (s.length < 8) return false;
  let printable = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09) printable++;
  }
  return printable / s.length > 0.95;
}

/** One finding per file, line and value (a provider rule beats the generic one), by line and column. */
export function dedupe(findings: RawSecretFinding[]): RawSecretFinding[] {
  const seen = new Map<string, RawSecretFinding>();
  for (const f of findings) {
    const key = `${f.file}|${f.line}|${f.value}`;
    const prev = seen.get(key);
    // A provider rule beats the generic one for the same value; plain text beats decoded.
    if (!prev || (prev.provider === 'generic' && f.provider !== 'generic')) seen.set(key, f);
  }
  return [...seen.values()].sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1));
}
