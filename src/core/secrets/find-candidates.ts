/**
 * The scanner's one pass over a text: every keyword occurrence (where a rule or a generic detector
 * may match) and every run of base64 characters long enough to hold an encoded value. Both come
 * from one loop with one table lookup per character (keyword-automaton.ts); the rules' patterns, the
 * generic detectors and the decoders then run only on what it found.
 */
import { BASE64_CHAR_BIT, CLASS_MASK, type KeywordAutomaton } from './keyword-automaton';

/** Shortest run of base64 characters worth keeping: the shortest encoded value decoded (base64 24, hex 32). */
export const MIN_ENCODED_RUN = 24;

export interface Candidates {
  /** Keyword occurrences, flat: keyword index, start offset, end offset (exclusive), in order of their end. */
  hits: number[];
  /**
   * Maximal runs of `[A-Za-z0-9+/=_-]` at least MIN_ENCODED_RUN long, flat: start, end (exclusive).
   * Every base64 or hex value the decoders take is one of them or lies inside one.
   */
  runs: number[];
}

export function findCandidates(automaton: KeywordAutomaton, text: string, withRuns: boolean): Candidates {
  const { classes, width, next, outputRow, outputStart, outputs, keywords } = automaton;
  const hits: number[] = [];
  const runs: number[] = [];
  const n = text.length;
  let row = 0;
  // Length of the run of base64 characters ending here; kept without a branch per character (the
  // branch on each character's class is mispredicted at every word boundary).
  let run = 0;
  const minRun = withRuns ? MIN_ENCODED_RUN : Infinity;
  for (let i = 0; i < n; i++) {
    const cls = classes[text.charCodeAt(i)];
    row = next[row + (cls & CLASS_MASK)];
    if (row >= outputRow) {
      const s = row / width;
      for (let o = outputStart[s]; o < outputStart[s + 1]; o++) {
        const k = outputs[o];
        hits.push(k, i + 1 - keywords[k].length, i + 1);
      }
    }
    const isBase64 = (cls & BASE64_CHAR_BIT) >> 7; // 1 or 0
    if (run >= minRun && isBase64 === 0) runs.push(i - run, i);
    run = (run + 1) * isBase64;
  }
  if (run >= minRun) runs.push(n - run, n);
  return { hits, runs };
}
