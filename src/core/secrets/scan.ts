/**
 * The secret scanner: one pass of a combined keyword expression over the text finds the few places
 * where a rule can match; only there, in a bounded window, do the rules' patterns run. Generic
 * detectors (secret-like keys, credentials in URLs, encoded values) follow the same prefilter.
 */
import { detectGeneric, GENERIC_KEYWORDS, type Span } from './generic';
import { redactSecret } from './redact';
import type { SecretRule } from './rule';
import { shannonEntropy } from './key-name';

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
  keyword: RegExp;
  byKeyword: Map<string, SecretRule[]>;
  global: Map<SecretRule, RegExp>;
}

const compiledCache = new WeakMap<readonly SecretRule[], CompiledRules>();

function compile(rules: readonly SecretRule[]): CompiledRules {
  let c = compiledCache.get(rules);
  if (c) return c;
  const byKeyword = new Map<string, SecretRule[]>();
  for (const rule of rules) {
    for (const k of rule.keywords) byKeyword.set(k, [...(byKeyword.get(k) ?? []), rule]);
  }
  const keywords = [...byKeyword.keys(), ...GENERIC_KEYWORDS].sort((a, b) => b.length - a.length);
  const keyword = new RegExp([...new Set(keywords)].map(escapeRegExp).join('|'), 'gi');
  const global = new Map(rules.map((r) => [r, new RegExp(r.pattern.source, r.pattern.flags.replace(/[gy]/g, '') + 'g')]));
  c = { keyword, byKeyword, global };
  compiledCache.set(rules, c);
  return c;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
}

function scanUnit(out: RawSecretFinding[], file: string, unit: ScanUnit, options: ScanOptions): void {
  const { text, at } = unit;
  const compiled = compile(options.rules);
  const generic = options.generic !== false;
  const starts = (unit.starts ??= lineStarts(text));
  // Per line: which rules a keyword hit there, and the windows to run them on.
  const hits = new Map<number, { rules: Set<SecretRule>; generic: boolean; from: number; to: number }>();
  for (const m of text.matchAll(compiled.keyword)) {
    m.index ??= 0;
    const line = lineOf(starts, m.index);
    if (options.lines && !at && !options.lines.has(line)) continue;
    let h = hits.get(line);
    if (!h) hits.set(line, (h = { rules: new Set(), generic: false, from: m.index, to: m.index }));
    h.from = Math.min(h.from, m.index);
    h.to = Math.max(h.to, m.index + m[0].length);
    const rules = compiled.byKeyword.get(m[0].toLowerCase());
    if (rules) rules.forEach((r) => h.rules.add(r));
    if (GENERIC_KEYWORD_SET.has(m[0].toLowerCase())) h.generic = true;
  }
  for (const [line, h] of hits) {
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
        if (!isReportable(rule, secret)) {
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
    if (generic && h.generic) {
      for (const g of detectGeneric(window, rejected)) {
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

function isReportable(rule: SecretRule, secret: string): boolean {
  if (rule.documentedExamples?.includes(secret)) return false;
  if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return false;
  if (rule.validate && !rule.validate(secret)) return false;
  return true;
}

const GENERIC_KEYWORD_SET = new Set(GENERIC_KEYWORDS);

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
export const HEX_RUN = new RegExp(`(?<![0-9a-fA-F])((?:[0-9a-fA-F]{2}){16,${MAX_ENCODED_LENGTH / 2}})(?![0-9a-fA-F])`, 'g');
/** At least three escapes, each followed by up to 256 plain characters; a longer run is cut into pieces of 1024 escapes. */
export const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2}[^\s%'"]{0,256}){3,1024}/g;

/** Values hidden behind base64, hex or percent encoding: decode, and queue what they decode to. */
function queueDecoded(queue: ScanUnit[], unit: ScanUnit, options: ScanOptions): void {
  const { text, at } = unit;
  const starts = (unit.starts ??= lineStarts(text));
  for (const [re, encoding, decode] of DECODERS) {
    for (const m of text.matchAll(re)) {
      if (m[0].length > MAX_ENCODED_LENGTH) continue;
      const decoded = decode(m[0]);
      if (!decoded || !isMostlyPrintable(decoded)) continue;
      const index = m.index ?? 0;
      const line = lineOf(starts, index);
      if (options.lines && !at && !options.lines.has(line)) continue;
      const position = at ?? { line, column: index - starts[line - 1] + 1, encoding };
      queue.push({ text: decoded, depth: unit.depth + 1, at: { ...position, encoding: at?.encoding ?? encoding } });
    }
  }
}

const DECODERS: [RegExp, RawSecretFinding['encoding'], (s: string) => string | undefined][] = [
  [BASE64_RUN, 'base64', decodeBase64],
  [HEX_RUN, 'hex', (s) => Buffer.from(s, 'hex').toString('utf8')],
  [PERCENT_RUN, 'percent', decodePercent],
];

function decodeBase64(s: string): string | undefined {
  // Identifiers and paths are long runs of base64 characters too; real encodings mix cases and digits.
  if (!/[0-9+/_-]/.test(s) || !/[a-z]/.test(s) || !/[A-Z]/.test(s)) return undefined;
  return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}

function decodePercent(s: string): string | undefined {
  try {
    const d = decodeURIComponent(s);
    return d !== s ? d : undefined;
  } catch {
    return undefined; // Not valid percent-encoding: nothing hidden there.
  }
}

function isMostlyPrintable(s: string): boolean {
  if (s.length < 8) return false;
  let printable = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09) printable++;
  }
  return printable / s.length > 0.95;
}

function dedupe(findings: RawSecretFinding[]): RawSecretFinding[] {
  const seen = new Map<string, RawSecretFinding>();
  for (const f of findings) {
    const key = `${f.file}|${f.line}|${f.value}`;
    const prev = seen.get(key);
    // A provider rule beats the generic one for the same value; plain text beats decoded.
    if (!prev || (prev.provider === 'generic' && f.provider !== 'generic')) seen.set(key, f);
  }
  return [...seen.values()].sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1));
}
