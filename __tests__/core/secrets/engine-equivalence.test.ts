/**
 * The scanner's search (one automaton pass for keywords and base64 runs, rule patterns on windows
 * around the hits, generic detectors on assignment-shaped lines, decoders on the runs) against a
 * naive reference that runs every rule's pattern and the generic detectors on every whole line and
 * the decoders' patterns on the whole text. On generated files in every labelled-corpus format,
 * on lines that mention every rule keyword, and on the same lines padded and joined into long lines,
 * both must report the same findings. A window too small, a keyword the automaton misses, a gate
 * that skips a line a detector matches, or a run the one pass misses shows up here as a difference.
 */
import { createRandom, withCrc32Tail, type Random } from '../../helpers/fake-secret';
import { detectGeneric, type Span } from '../../../src/core/secrets/generic';
import { isSourceCode } from '../../../src/core/secrets/code-expression';
import type { SecretRule } from '../../../src/core/secrets/rule';
import { SECRET_RULES } from '../../../src/core/secrets/rules/index';
import {
  BASE64_RUN,
  decodeBase64,
  dedupe,
  decodeHex,
  decodePercent,
  followingText,
  HEX_RUN,
  isReportable,
  isMostlyPrintable,
  MAX_ENCODED_LENGTH,
  PERCENT_RUN,
  scanText,
  type RawSecretFinding,
} from '../../../src/core/secrets/scan';

/** The labelled corpus's file generators (bench/secrets-formats.mjs, JavaScript checked by tsconfig.bench.json). */
interface BenchFormats {
  fileBuilder(): { text(): string };
  FORMATS: { file(rnd: Random): string; gen(rnd: Random, ctx: object, b: ReturnType<BenchFormats['fileBuilder']>): void }[];
}
const { fileBuilder, FORMATS } = jest.requireActual<BenchFormats>('../../../bench/secrets-formats.mjs');

type Encoding = RawSecretFinding['encoding'];
interface Unit {
  text: string;
  depth: number;
  at?: { line: number; column: number; encoding: Encoding };
}

/** Rules in the order the engine runs them on a line: by where their keyword first occurs, the longest keyword first. */
function rulesByKeyword(line: string, rules: readonly SecretRule[]): SecretRule[] {
  const lower = line.toLowerCase();
  const firstHit = (rule: SecretRule): [number, number] => {
    let best: [number, number] = [Infinity, 0];
    for (const k of rule.keywords) {
      const at = lower.indexOf(k);
      if (at >= 0 && (at < best[0] || (at === best[0] && k.length > best[1]))) best = [at, k.length];
    }
    return best;
  };
  const keyed = rules.map((rule, index) => ({ rule, index, hit: firstHit(rule) }));
  return keyed.sort((a, b) => a.hit[0] - b.hit[0] || b.hit[1] - a.hit[1] || a.index - b.index).map((k) => k.rule);
}

/** Every rule and the generic detectors on every whole line; every decoder on the whole text. */
function referenceScan(file: string, text: string, rules: readonly SecretRule[]): RawSecretFinding[] {
  const out: RawSecretFinding[] = [];
  const pending: Unit[] = [{ text, depth: 0 }];
  for (let unit = pending.pop(); unit; unit = pending.pop()) {
    let lineStart = 0;
    unit.text.split('\n').forEach((lineText, i) => {
      const at = unit!.at;
      const position = (offset: number, length: number) =>
        at ? { line: at.line, column: at.column, endColumn: at.column } : { line: i + 1, column: offset + 1, endColumn: offset + 1 + length };
      const encoding = at?.encoding ? { encoding: at.encoding } : {};
      const rejected: Span[] = [];
      for (const rule of rulesByKeyword(lineText, rules)) {
        const re = new RegExp(rule.pattern.source, rule.pattern.flags + 'g');
        for (const m of lineText.matchAll(re)) {
          if (!m[0].length) continue;
          const secret = m.groups?.secret ?? m[0];
          const offset = m.index + (m.groups?.secret !== undefined ? m[0].indexOf(secret) : 0);
          if (!isReportable(rule, secret, followingText(unit!.text, lineStart + offset + secret.length))) rejected.push({ offset, length: secret.length });
          else
            out.push({
              ruleId: rule.id,
              provider: rule.provider,
              description: rule.description,
              file,
              ...position(offset, secret.length),
              ...encoding,
              value: secret,
            });
        }
      }
      for (const g of detectGeneric(lineText, rejected, { code: !at && isSourceCode(file, unit!.text) }))
        out.push({
          ruleId: g.ruleId,
          provider: 'generic',
          description: g.description,
          file,
          ...position(g.offset, g.value.length),
          ...encoding,
          value: g.value,
        });
      lineStart += lineText.length + 1;
    });
    if (unit.depth >= 2) continue;
    const decoders: [RegExp, Encoding, (s: string) => string | undefined][] = [
      [BASE64_RUN, 'base64', decodeBase64],
      [HEX_RUN, 'hex', decodeHex],
      [PERCENT_RUN, 'percent', decodePercent],
    ];
    for (const [re, encoding, decode] of decoders) {
      for (const m of unit.text.matchAll(re)) {
        if (m[0].length > MAX_ENCODED_LENGTH) continue;
        const decoded = decode(m[0]);
        if (!decoded || !isMostlyPrintable(decoded)) continue;
        const before = unit.text.slice(0, m.index);
        const line = before.split('\n').length;
        const position = unit.at ?? { line, column: m.index - before.lastIndexOf('\n'), encoding };
        pending.push({ text: decoded, depth: unit.depth + 1, at: { ...position, encoding: unit.at?.encoding ?? encoding } });
      }
    }
  }
  return dedupe(out);
}

const FILLER_WORDS = ['0', '12', '345', '6789', '2024', '99', '1.5', '(7)', '[8]', '+', '#', '%%', '|'];
function filler(rnd: Random, length: number): string {
  const parts: string[] = [];
  for (let n = 0; n < length;) {
    const w = rnd.pick(FILLER_WORDS);
    parts.push(w);
    n += w.length + 1;
  }
  return parts.join(' ');
}

/** Files in every format of the labelled corpus, with their planted secrets and look-alikes. */
function generatedFiles(seed: number, count: number): { file: string; text: string }[] {
  const rnd = createRandom(seed);
  const files: { file: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const format = FORMATS[i % FORMATS.length];
    const b = fileBuilder();
    format.gen(rnd, { name: `project-${i}`, db: `db_${i}`, plant: (p: number) => rnd.chance(Math.max(p, 0.5)) }, b);
    files.push({ file: format.file(rnd), text: b.text() });
  }
  return files;
}

const ALPHABETS = [
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  '0123456789abcdef',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  'abcdefghijklmnopqrstuvwxyz0123456789_-',
];

/** Each rule keyword followed by random bodies, bare and assigned to a key: the rule patterns and the checksum rejections run. */
function keywordLines(seed: number): string {
  const rnd = createRandom(seed);
  const lines: string[] = [];
  for (const rule of SECRET_RULES) {
    for (const k of rule.keywords) {
      const body = Array.from({ length: rnd.int(16, 120) }, () => rnd.pick([...rnd.pick(ALPHABETS)])).join('');
      const value = rnd.chance(0.5) ? k + body : body;
      lines.push(rnd.pick([`${k.toUpperCase()}_TOKEN=${value}`, `"${k}_secret": "${value}",`, `  ${k}: ${value}`, `curl --token ${value} https://x`, value]));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The lines of a text padded with neutral filler and joined a few at a time into long lines (as minified files are). */
function longLines(rnd: Random, text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    const n = rnd.int(1, 4);
    const joined = lines.slice(i, i + n).map((l) => `${filler(rnd, rnd.int(0, 500))} ${l} ${filler(rnd, rnd.int(0, 300))}`);
    out.push(joined.join(' ; '));
    i += n;
  }
  return out.join('\n');
}

const summary = (fs: RawSecretFinding[]) => fs.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.ruleId} ${f.encoding ?? 'plain'} ${f.value}`);

describe('scanner engine against a full-regex reference', () => {
  const rnd = createRandom(4242);
  // A token hidden in base64 at the very end of a text with no final line break, and in prose.
  const token = withCrc32Tail('ghp_', 'Q7xZ4vN1pL6tY9wB3cF5hJ0gR8kD2m');
  const edges = [
    { file: 'edge.txt', text: `see the notes\nvalue ${Buffer.from(`token ${token}`).toString('base64')}` },
    { file: 'prose.md', text: `Connect with postgres://admin:${token.slice(4, 20)}@db.internal/app and nothing else\n` },
  ];
  const files = [...generatedFiles(1337, 3 * FORMATS.length), { file: 'keywords.env', text: keywordLines(99) }, ...edges];

  test.each(files.map((f) => [f.file, f]))('%s: same findings', (_name, { file, text }) => {
    expect(summary(scanText(file, text, { rules: SECRET_RULES }))).toEqual(summary(referenceScan(file, text, SECRET_RULES)));
  });

  test.each(files.map((f) => [f.file, f]))('%s as long lines: same findings', (_name, { file, text }) => {
    const long = longLines(rnd, text);
    expect(summary(scanText(file, long, { rules: SECRET_RULES }))).toEqual(summary(referenceScan(file, long, SECRET_RULES)));
  });

  test('the generated inputs hold findings of provider rules, generic detectors and decoded values', () => {
    const all = files.flatMap(({ file, text }) => scanText(file, text, { rules: SECRET_RULES }));
    expect(new Set(all.map((f) => f.ruleId)).size).toBeGreaterThan(15);
    expect(all.some((f) => f.provider === 'generic')).toBe(true);
    expect(all.some((f) => f.encoding === 'base64')).toBe(true);
  });

  test('a reference that sees only part of each line differs: the comparison can fail', () => {
    const { file, text } = files.find((f) => scanText(f.file, f.text, { rules: SECRET_RULES }).length > 0)!;
    const shifted = text
      .split('\n')
      .map((l) => l.slice(0, Math.floor(l.length / 2)))
      .join('\n');
    expect(summary(scanText(file, text, { rules: SECRET_RULES }))).not.toEqual(summary(referenceScan(file, shifted, SECRET_RULES)));
  });
});
