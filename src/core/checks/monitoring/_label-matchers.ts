/**
 * Whether two PromQL label matchers on the same label can both hold: `code=~"2.."` and
 * `code=~"3.."` cannot, `verb=~"LIST|GET"` and `verb="GET"` can. Regular expressions (RE2, anchored
 * at both ends) are modelled as alternatives of character-set sequences, optionally followed by
 * "anything" (from `.*` and other repetitions, a superset). Whatever the model does not cover counts
 * as "may hold together": the answer errs towards overlap, never towards disjoint.
 */
import type { LabelMatcher } from './_promql-ast';

/** A set of characters: the listed ones, or (negated) all but them. */
interface CharSet {
  negated: boolean;
  chars: Set<string>;
}

/** A sequence of character sets, then anything when `open`. */
interface Alternative {
  sets: CharSet[];
  open: boolean;
}

const ANY: CharSet = { negated: true, chars: new Set() };
const MAX_ALTERNATIVES = 64;
const MAX_CLASS = 512;

const single = (c: string): CharSet => ({ negated: false, chars: new Set([c]) });
const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0) && out.length <= MAX_CLASS; c++) out.push(String.fromCharCode(c));
  return out;
};
const ESCAPES: Record<string, () => CharSet> = {
  d: () => ({ negated: false, chars: new Set(range('0', '9')) }),
  w: () => ({ negated: false, chars: new Set([...range('0', '9'), ...range('a', 'z'), ...range('A', 'Z'), '_']) }),
  s: () => ({ negated: false, chars: new Set([' ', '\t', '\n', '\r', '\f', '\v']) }),
};

class Unsupported extends Error {}

/** The model of an RE2 pattern as Prometheus applies it (`^(?:pattern)$`), or undefined when beyond it. */
export function regexModel(pattern: string): Alternative[] | undefined {
  let i = 0;
  const alternation = (): Alternative[] => {
    const out = [...sequence()];
    while (pattern[i] === '|') {
      i++;
      out.push(...sequence());
    }
    if (out.length > MAX_ALTERNATIVES) throw new Unsupported();
    return out;
  };
  const sequence = (): Alternative[] => {
    let alts: Alternative[] = [{ sets: [], open: false }];
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
      const atom = atomModel();
      const quantified = quantify(atom);
      const next: Alternative[] = [];
      for (const a of alts) {
        // After "anything", the rest adds nothing the model can tell apart.
        if (a.open) next.push(a);
        else for (const q of quantified) next.push({ sets: [...a.sets, ...q.sets], open: q.open });
      }
      if (next.length > MAX_ALTERNATIVES) throw new Unsupported();
      alts = next;
    }
    return alts;
  };
  const atomModel = (): Alternative[] => {
    const c = pattern[i++];
    if (c === '(') {
      if (pattern[i] === '?') {
        if (pattern[i + 1] !== ':') throw new Unsupported(); // flags such as (?i), named groups
        i += 2;
      }
      const inner = alternation();
      if (pattern[i++] !== ')') throw new Unsupported();
      return inner;
    }
    if (c === '[') return [{ sets: [charClass()], open: false }];
    if (c === '.') return [{ sets: [ANY], open: false }];
    if (c === '\\') return [{ sets: [escape()], open: false }];
    if (c === '^' || c === '$') {
      // Redundant anchors at the ends; anywhere else the model gives up.
      if ((c === '^' && i === 1) || (c === '$' && i === pattern.length)) return [{ sets: [], open: false }];
      throw new Unsupported();
    }
    if ('*+?{'.includes(c)) throw new Unsupported();
    return [{ sets: [single(c)], open: false }];
  };
  const escape = (): CharSet => {
    const c = pattern[i++];
    if (c === undefined) throw new Unsupported();
    if (ESCAPES[c]) return ESCAPES[c]();
    if (/[A-Za-z0-9]/.test(c)) throw new Unsupported(); // \D, \b, \pL, \x41...
    return single(c);
  };
  const charClass = (): CharSet => {
    const negated = pattern[i] === '^';
    if (negated) i++;
    const chars = new Set<string>();
    let first = true;
    while (i < pattern.length && (pattern[i] !== ']' || first)) {
      first = false;
      let c = pattern[i++];
      if (c === '[') throw new Unsupported(); // [[:alpha:]]
      if (c === '\\') {
        const set = escape();
        if (set.negated) throw new Unsupported();
        set.chars.forEach((x) => chars.add(x));
        continue;
      }
      if (pattern[i] === '-' && pattern[i + 1] !== ']' && i + 1 < pattern.length) {
        let to = pattern[i + 1];
        i += 2;
        if (to === '\\') to = pattern[i++];
        range(c, to).forEach((x) => chars.add(x));
        c = '';
      }
      if (c) chars.add(c);
      if (chars.size > MAX_CLASS) throw new Unsupported();
    }
    if (pattern[i++] !== ']') throw new Unsupported();
    return { negated, chars };
  };
  /** `?`, `{n}`, `{n,m}` expand; `*` and `+` become "anything" after the mandatory part (a superset). */
  const quantify = (atom: Alternative[]): Alternative[] => {
    const q = pattern[i];
    if (q === '*' || q === '+') {
      i++;
      if (pattern[i] === '?') i++;
      return q === '*' ? [{ sets: [], open: true }] : atom.map((a) => ({ sets: a.sets, open: true }));
    }
    if (q === '?') {
      i++;
      if (pattern[i] === '?') i++;
      return [{ sets: [], open: false }, ...atom];
    }
    if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (!m) throw new Unsupported();
      i += m[0].length;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (min > 16) throw new Unsupported();
      const repeat = (n: number): Alternative[] => {
        let out: Alternative[] = [{ sets: [], open: false }];
        for (let k = 0; k < n; k++) out = out.flatMap((o) => atom.map((a) => ({ sets: [...o.sets, ...a.sets], open: o.open || a.open })));
        return out;
      };
      if (max === Infinity || max - min > 4) return repeat(min).map((a) => ({ sets: a.sets, open: true }));
      const out: Alternative[] = [];
      for (let n = min; n <= max; n++) out.push(...repeat(n));
      return out;
    }
    return atom;
  };
  try {
    const alts = alternation();
    return i === pattern.length ? alts : undefined;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

function setsMeet(a: CharSet, b: CharSet): boolean {
  if (a.negated && b.negated) return true;
  if (!a.negated && !b.negated) return [...a.chars].some((c) => b.chars.has(c));
  const [pos, neg] = a.negated ? [b, a] : [a, b];
  return [...pos.chars].some((c) => !neg.chars.has(c));
}

function alternativesMeet(a: Alternative, b: Alternative): boolean {
  if (!a.open && !b.open && a.sets.length !== b.sets.length) return false;
  if (!a.open && b.open && a.sets.length < b.sets.length) return false;
  if (a.open && !b.open && b.sets.length < a.sets.length) return false;
  const n = Math.min(a.sets.length, b.sets.length);
  for (let k = 0; k < n; k++) if (!setsMeet(a.sets[k], b.sets[k])) return false;
  return true;
}

const literal = (value: string): Alternative[] => [{ sets: [...value].map(single), open: false }];

function modelOf(m: LabelMatcher): Alternative[] | undefined {
  return m.op === '=' ? literal(m.value) : m.op === '=~' ? regexModel(m.value) : undefined;
}

/** The finite set of strings a model matches, when it is one (no "anything", single characters). */
function finiteStrings(model: Alternative[] | undefined): string[] | undefined {
  if (!model || model.some((a) => a.open || a.sets.some((s) => s.negated || s.chars.size !== 1))) return undefined;
  return model.map((a) => a.sets.map((s) => [...s.chars][0]).join(''));
}

function fullMatch(pattern: string, value: string): boolean | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u').test(value);
  } catch {
    return undefined; // RE2 syntax JavaScript does not know: undecided
  }
}

/** True only when no label value can satisfy both matchers (they name the same label). */
export function areExclusive(a: LabelMatcher, b: LabelMatcher): boolean {
  const positive = (m: LabelMatcher): boolean => m.op === '=' || m.op === '=~';
  if (positive(a) && positive(b)) {
    const ma = modelOf(a);
    const mb = modelOf(b);
    if (ma && mb) return !ma.some((x) => mb.some((y) => alternativesMeet(x, y)));
    const [lit, re] = a.op === '=' ? [a, b] : b.op === '=' ? [b, a] : [undefined, undefined];
    return !!lit && !!re && fullMatch(re.value, lit.value) === false;
  }
  if (!positive(a) && !positive(b)) return false;
  const [pos, neg] = positive(a) ? [a, b] : [b, a];
  if (pos.op === '=~' && neg.op === '!~' && pos.value === neg.value) return true;
  const values = finiteStrings(modelOf(pos));
  if (!values) return false;
  return values.every((v) => (neg.op === '!=' ? v === neg.value : fullMatch(neg.value, v) === true));
}
