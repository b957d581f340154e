/**
 * Every pattern the secret scanner runs is free of catastrophic backtracking.
 *
 * 1. Static analysis with recheck (https://makenowjust-labs.github.io/recheck/): first its automaton
 *    checker, which decides ambiguity exactly (safe / exponential / n-th degree polynomial); when that
 *    cannot answer (look-arounds it does not model, a too large automaton), its fuzz checker with step
 *    limits instead of wall-clock limits (deterministic) and recall validation (a reported attack must
 *    really be slow on the real engine, which weeds out bounded repeats that only look polynomial).
 *    "unknown" is a failure too: a pattern nobody could prove safe is not safe.
 * 2. Adversarial inputs: long lines built from each rule's keywords and character classes go through
 *    `scanText`, which must finish and give the same findings twice. Each such case first requires the
 *    static verdict of the patterns it runs, so a vulnerable pattern fails fast here instead of hanging.
 */
import { check, type Diagnostics, type Parameters } from 'recheck';
import * as generic from '../../../src/core/secrets/generic';
import * as notASecret from '../../../src/core/secrets/not-a-secret';
import type { SecretRule } from '../../../src/core/secrets/rule';
import { SECRET_RULES } from '../../../src/core/secrets/rules/index';
import { BASE64_RUN, HEX_RUN, PERCENT_RUN, scanText, type RawSecretFinding } from '../../../src/core/secrets/scan';

const EXACT: Parameters = {
  checker: 'automaton',
  timeout: 2_000,
  // Raised so that bounded repeats such as {36} stay with the exact checker instead of the fuzzer.
  maxRepeatCount: 100_000,
  maxNFASize: 1_000_000,
  maxPatternSize: 100_000,
};
const FUZZ: Parameters = {
  checker: 'fuzz',
  timeout: 60_000,
  recallTimeout: 1_000,
  incubationTimeout: null,
  attackTimeout: null,
  seedingTimeout: null,
  // Fewer generations than the default 10: the same verdicts on our patterns, in a fraction of the time.
  maxIteration: 5,
};
/** recheck's native agent checks in parallel; more than this and the machine is just oversubscribed. */
const CONCURRENCY = 2;

interface Verdict {
  status: Diagnostics['status'];
  /** Complexity summary, or why the analysis gave up. */
  detail: string;
  checker: string;
  /** How to build an input that makes the pattern slow (vulnerable patterns only). */
  attack?: string;
}

function toVerdict(d: Diagnostics): Verdict {
  return {
    status: d.status,
    checker: d.checker ?? 'none',
    detail: d.status === 'unknown' ? `${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''}` : d.complexity.summary,
    ...(d.status === 'vulnerable' ? { attack: d.attack.pattern.slice(0, 200) } : {}),
  };
}

async function analyse(pattern: RegExp): Promise<Verdict> {
  const exact = await check(pattern.source, pattern.flags, EXACT);
  return toVerdict(exact.status === 'unknown' ? await check(pattern.source, pattern.flags, FUZZ) : exact);
}

async function inPool<T>(items: readonly T[], run: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) await run(next);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

/** The exact checker for every pattern first (milliseconds each), then the fuzzer for the few it cannot decide. */
async function analyseAll(patterns: ReadonlyMap<string, RegExp>): Promise<Map<string, Verdict>> {
  const out = new Map<string, Verdict>();
  const undecided: [string, RegExp][] = [];
  await inPool([...patterns], async ([name, re]) => {
    const d = await check(re.source, re.flags, EXACT);
    if (d.status === 'unknown') undecided.push([name, re]);
    else out.set(name, toVerdict(d));
  });
  await inPool(undecided, async ([name, re]) => {
    out.set(name, toVerdict(await check(re.source, re.flags, FUZZ)));
  });
  return out;
}

function describeOffence(name: string, v: Verdict): string {
  return `${name}: ${v.status} (${v.detail}; ${v.checker} checker)${v.attack ? `; attack: ${v.attack}` : ''}`;
}

/** Every pattern scanText can run, by a stable name: `rule:<id>`, `generic:<NAME>`, `decode:<NAME>`. */
const RULE_PATTERNS = new Map(SECRET_RULES.map((r) => [`rule:${r.id}`, r.pattern]));
const GENERIC_PATTERNS = new Map<string, RegExp>(
  Object.entries({
    ASSIGNMENT: generic.ASSIGNMENT,
    URL_CREDENTIALS: generic.URL_CREDENTIALS,
    MYSQL_PASSWORD_FLAG: generic.MYSQL_PASSWORD_FLAG,
    REFERENCE: notASecret.REFERENCE,
    PLACEHOLDER: notASecret.PLACEHOLDER,
    UUID: notASecret.UUID,
    HEX_DIGEST: notASecret.HEX_DIGEST,
    INTEGRITY: notASecret.INTEGRITY,
  }).map(([name, re]) => [`generic:${name}`, re]),
);
const DECODE_PATTERNS = new Map<string, RegExp>([
  ['decode:BASE64_RUN', BASE64_RUN],
  ['decode:HEX_RUN', HEX_RUN],
  ['decode:PERCENT_RUN', PERCENT_RUN],
]);

let verdicts: Map<string, Verdict>;

beforeAll(async () => {
  verdicts = await analyseAll(new Map([...RULE_PATTERNS, ...GENERIC_PATTERNS, ...DECODE_PATTERNS]));
}, 240_000);

/** Names whose verdict is not `safe`, described for the failure message. */
function offenders(names: Iterable<string>): string[] {
  return [...names]
    .filter((n) => verdicts.get(n)?.status !== 'safe')
    .map((n) => (verdicts.has(n) ? describeOffence(n, verdicts.get(n)!) : `${n}: not analysed`));
}

describe('the ReDoS checker itself', () => {
  test.each([
    ['exponential: nested quantifiers', /^(a+)+$/, 'exponential'],
    // Rule-shaped, with look-arounds (fuzz path): an ambiguous split between two overlapping runs.
    ['polynomial: overlapping runs in a token body', /(?<![A-Za-z0-9])(?<secret>ab_[A-Za-z0-9]+[0-9]+)(?![A-Za-z0-9])/, 'polynomial'],
  ])(
    'flags a known-vulnerable pattern (%s)',
    async (_name, pattern, kind) => {
      const v = await analyse(pattern);
      expect(v.status).toBe('vulnerable');
      expect(v.detail).toContain(kind);
    },
    120_000,
  );

  test('passes a pattern shaped like a good rule', async () => {
    expect((await analyse(/\b(?<secret>xyz_[A-Za-z0-9]{36})\b/)).status).toBe('safe');
  }, 60_000);
});

describe('static analysis: no pattern backtracks catastrophically', () => {
  test('there are rules to check', () => {
    expect(SECRET_RULES.length).toBeGreaterThan(0);
  });

  test('every provider rule (SECRET_RULES)', () => {
    expect(offenders(RULE_PATTERNS.keys())).toEqual([]);
  });

  test('the generic detectors (generic.ts)', () => {
    expect(offenders(GENERIC_PATTERNS.keys())).toEqual([]);
  });

  test('the decoders (scan.ts)', () => {
    expect(offenders(DECODE_PATTERNS.keys())).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Adversarial inputs

const LENGTH = 20_000;
const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Enough variety per rule without scanning megabytes: the first keywords and classes. */
const MAX_KEYWORDS = 3;
const MAX_CLASSES = 4;

/** Character classes and class escapes in a pattern's source (`[A-Za-z0-9_-]`, `\w`, `\d`, `\s`). */
function characterClasses(pattern: RegExp): string[] {
  return pattern.source.match(/\[(?:\\.|[^\]\\])*\]|\\[wdsWDS]/g) ?? [];
}

/** The printable characters each of the pattern's character classes accepts (distinct, non-blank). */
function alphabetsOf(pattern: RegExp): string[] {
  const flags = pattern.flags.replace(/[gy]/g, '');
  const alphabets = characterClasses(pattern).map((cls) => {
    const re = new RegExp(`^${cls}$`, flags);
    return [...PRINTABLE].filter((c) => re.test(c)).join('');
  });
  const distinct = [...new Set(alphabets.filter((a) => a.trim().length > 0))];
  return distinct.length > 0 ? distinct.slice(0, MAX_CLASSES) : [ALNUM];
}

function fill(unit: string, length = LENGTH): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/**
 * ~20k-character texts that put many keyword hits and long near-matches on one line (so the scan
 * window is the whole line), plus one many-line text.
 */
function adversarialTexts(keywords: readonly string[], alphabets: readonly string[]): string[] {
  const texts: string[] = [];
  const union = [...new Set(alphabets.join(''))].join('');
  for (const keyword of keywords.slice(0, MAX_KEYWORDS)) {
    for (const k of new Set([keyword, keyword.toUpperCase()])) {
      texts.push(fill(k));
      texts.push(fill(`${k}=:"' `));
      texts.push(k + fill(union, LENGTH - k.length));
      texts.push(fill(alphabets.map((a) => k + fill(a, 9)).join('')));
      texts.push(fill(alphabets.map((a) => `${k}=${fill(a, 40)}\n`).join('')));
    }
  }
  return texts;
}

function scanTwice(text: string, rules: readonly SecretRule[], isGeneric: boolean): RawSecretFinding[] {
  const options = { rules, generic: isGeneric };
  const first = scanText('adversarial.txt', text, options);
  expect(scanText('adversarial.txt', text, options)).toEqual(first);
  const lines = text.split('\n').length;
  for (const f of first) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(lines);
  }
  return first;
}

describe('adversarial inputs finish and give the same findings every time', () => {
  test.each(SECRET_RULES.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
    // A pattern the static analysis rejects could hang here: fail fast and name it instead.
    expect(offenders([`rule:${id}`, ...DECODE_PATTERNS.keys()])).toEqual([]);
    for (const text of adversarialTexts(rule.keywords, alphabetsOf(rule.pattern))) {
      const found = scanTwice(text, [rule], false);
      expect(found.filter((f) => f.ruleId !== id)).toEqual([]);
    }
  });

  test('generic detectors', () => {
    expect(offenders([...GENERIC_PATTERNS.keys(), ...DECODE_PATTERNS.keys()])).toEqual([]);
    const alphabets = [...new Set([...GENERIC_PATTERNS.values()].flatMap(alphabetsOf))];
    for (const text of adversarialTexts(generic.GENERIC_KEYWORDS, alphabets)) {
      const found = scanTwice(text, [], true);
      expect(found.filter((f) => f.provider !== 'generic')).toEqual([]);
    }
  });
});
