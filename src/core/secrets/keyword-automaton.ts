/**
 * A case-insensitive multi-keyword matcher (Aho-Corasick, compiled to a dense table): one pass over
 * a text reports every occurrence of every keyword, overlapping ones included, at one table lookup
 * per character whatever the number of keywords. It replaces one regular expression alternating
 * hundreds of keywords, on which V8 spends most of a scan. Case folding is ASCII only, as a regular
 * expression's `i` flag does without `u`: keywords are ASCII (the secret rules' are lowercase).
 *
 * The same table also classifies each character as one of base64's (`[A-Za-z0-9+/=_-]`), so the
 * scanner finds encoded runs in the same pass (see find-candidates.ts).
 */

/** Bit of a character's class byte that marks a base64 character (`[A-Za-z0-9+/=_-]`). */
export const BASE64_CHAR_BIT = 0x80;
export const CLASS_MASK = 0x7f;

export interface KeywordAutomaton {
  /** The keywords, lowercase; occurrences are reported by index into this list. */
  readonly keywords: readonly string[];
  /** Class byte per UTF-16 code unit: the character's column in `next` (low 7 bits) and BASE64_CHAR_BIT. */
  readonly classes: Uint8Array;
  /** Columns of `next`: distinct keyword characters, plus column 0 for every other character. */
  readonly width: number;
  /**
   * Transition table, by row offset: from the state at row offset `row` (state * width), a
   * character of column `c` leads to the state at row offset next[row + c]. The start is row 0.
   */
  readonly next: Uint32Array;
  /** Row offset of the first state where a keyword ends: every state from there on ends one. */
  readonly outputRow: number;
  /** Keywords ending at state s (= row / width): outputs.subarray(outputStart[s], outputStart[s + 1]). */
  readonly outputStart: Uint32Array;
  readonly outputs: Uint32Array;
}

function isBase64Char(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2b || c === 0x2f || c === 0x3d || c === 0x5f || c === 0x2d;
}

const lower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

/** Builds the matcher; keywords are matched ignoring ASCII case. Duplicates collapse to their first index. */
export function buildKeywordAutomaton(keywordList: readonly string[]): KeywordAutomaton {
  const keywords = keywordList.map((k) => k.toLowerCase());
  const columnOf = new Map<number, number>();
  for (const k of keywords) {
    if (!k.length) throw new Error('a keyword must not be empty');
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      if (c > 0x7f) throw new Error(`keyword "${k}" is not ASCII`);
      if (!columnOf.has(c)) columnOf.set(c, columnOf.size + 1);
    }
  }
  const width = columnOf.size + 1;
  if (width > CLASS_MASK) throw new Error(`too many distinct keyword characters (${width - 1})`);
  const classes = new Uint8Array(0x10000);
  for (let c = 0; c < 0x80; c++) classes[c] = (columnOf.get(lower(c)) ?? 0) | (isBase64Char(c) ? BASE64_CHAR_BIT : 0);

  // The trie: goto[state] maps a column to a child state.
  const goto: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  keywords.forEach((k, index) => {
    let s = 0;
    for (let i = 0; i < k.length; i++) {
      const col = columnOf.get(k.charCodeAt(i))!;
      let t = goto[s].get(col);
      if (t === undefined) {
        t = goto.length;
        goto.push(new Map());
        ends.push([]);
        goto[s].set(col, t);
      }
      s = t;
    }
    if (!ends[s].some((i) => keywords[i] === k)) ends[s].push(index);
  });

  // Breadth first: failure links, inherited outputs, and the dense transitions (a DFA).
  const states = goto.length;
  const next = new Uint32Array(states * width);
  const fail = new Uint32Array(states);
  const outputsOf: number[][] = ends.map((e) => [...e]);
  const queue: number[] = [];
  for (const [col, t] of goto[0]) {
    next[col] = t;
    queue.push(t);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    outputsOf[s].push(...outputsOf[fail[s]]);
    for (let col = 0; col < width; col++) {
      const t = goto[s].get(col);
      if (t === undefined) next[s * width + col] = next[fail[s] * width + col];
      else {
        fail[t] = next[fail[s] * width + col];
        next[s * width + col] = t;
        queue.push(t);
      }
    }
  }
  // Renumbered so that states where a keyword ends come last (one comparison tells them), and
  // stored as row offsets (state * width), so the scan loop does no multiplication.
  const order = [...Array(states).keys()].sort((a, b) => Number(outputsOf[a].length > 0) - Number(outputsOf[b].length > 0) || a - b);
  const renumbered = new Uint32Array(states);
  order.forEach((old, i) => (renumbered[old] = i));
  const rows = new Uint32Array(states * width);
  for (let s = 0; s < states; s++) for (let col = 0; col < width; col++) rows[renumbered[s] * width + col] = renumbered[next[s * width + col]] * width;
  const outputStart = new Uint32Array(states + 1);
  const flat: number[] = [];
  order.forEach((old, i) => {
    outputStart[i] = flat.length;
    flat.push(...outputsOf[old]);
  });
  outputStart[states] = flat.length;
  const firstOutput = order.findIndex((old) => outputsOf[old].length > 0);
  return {
    keywords,
    classes,
    width,
    next: rows,
    outputRow: (firstOutput < 0 ? states : firstOutput) * width,
    outputStart,
    outputs: Uint32Array.from(flat),
  };
}

/** Every occurrence of every keyword, as [keyword index, start offset] pairs in order of their end. */
export function findKeywords(automaton: KeywordAutomaton, text: string): [number, number][] {
  const { classes, width, next, outputRow, outputStart, outputs, keywords } = automaton;
  const found: [number, number][] = [];
  let row = 0;
  for (let i = 0; i < text.length; i++) {
    row = next[row + (classes[text.charCodeAt(i)] & CLASS_MASK)];
    if (row < outputRow) continue;
    const s = row / width;
    for (let o = outputStart[s]; o < outputStart[s + 1]; o++) found.push([outputs[o], i + 1 - keywords[outputs[o]].length]);
  }
  return found;
}
