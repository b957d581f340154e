/**
 * Word wrapping for terminal text: lines of at most `width` columns, broken only at spaces. A word
 * longer than the width (a path, a URL, a check id) gets a line of its own and is never cut, so it
 * can still be copied whole. Columns are counted as UTF-16 code units: wide (East Asian) characters
 * count as one, so such a line may end up a little longer than the width.
 */

/** Below this, wrapping would leave a column of single words: the text stays on one line. */
export const MIN_WRAP_WIDTH = 30;

/** The lines of `text`; the spaces between words on one line are kept as written. */
export function wrapWords(text: string, width: number | undefined): string[] {
  if (width === undefined || width < MIN_WRAP_WIDTH || text.length <= width) return [text];
  const lines: string[] = [];
  let current = '';
  let gap = '';
  for (const [, word, after] of text.matchAll(/(\S+)(\s*)/g)) {
    if (!current) current = word;
    else if (current.length + gap.length + word.length <= width) current += gap + word;
    else {
      lines.push(current);
      current = word;
    }
    gap = after;
  }
  lines.push(current);
  return lines;
}
