/** "Did you mean …?" suggestions for unknown keys and ids. */
import { closest, distance } from 'fastest-levenshtein';

/** The closest candidate within a third of its length (at least 2 edits), or undefined. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (!candidates.length) return undefined;
  const best = closest(word, [...candidates]);
  const limit = Math.max(2, Math.floor(best.length / 3));
  return distance(word, best) <= limit ? best : undefined;
}
