/**
 * The heading anchors GitHub gives a Markdown file, and the links of a Markdown text as a GFM lexer
 * (marked) reads them, for tests of links into docs/checks.md.
 *
 * Anchors follow github-slugger (Flet/github-slugger, whose fixtures mirror what GitHub renders): the
 * heading's text lowercased, every character that is not a letter, a mark, a number, a connector
 * (`_`), a space or `-` removed (so `/`, `.`, `(`, `` ` `` go), each space then a `-`; a slug already
 * taken gets `-1`, `-2`, … Written here from that rule, not taken from the code under test.
 */
import { marked, type Token, type Tokens } from 'marked';

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The text a reader sees of inline tokens (code spans without their backticks, links by their text). */
export function plainText(tokens: readonly Token[] | undefined, fallback = ''): string {
  if (!tokens) return fallback;
  return tokens.map((t) => ('tokens' in t && t.tokens ? plainText(t.tokens) : 'text' in t ? String(t.text) : '')).join('');
}

/** Heading text → anchor, in document order, as GitHub assigns them (duplicates numbered). */
export function githubAnchors(markdown: string): Map<string, string> {
  const occurrences = new Map<string, number>();
  const anchors = new Map<string, string>();
  for (const t of marked.lexer(markdown)) {
    if (t.type !== 'heading') continue;
    const text = plainText((t as Tokens.Heading).tokens, (t as Tokens.Heading).text);
    const original = slug(text);
    let result = original;
    while (occurrences.has(result)) {
      const n = occurrences.get(original)! + 1;
      occurrences.set(original, n);
      result = `${original}-${n}`;
    }
    occurrences.set(result, 0);
    anchors.set(result, text);
  }
  return anchors;
}

/** Every link of a Markdown text, in tables, lists and paragraphs alike: its target and its visible text. */
export function markdownLinks(markdown: string): { href: string; text: string }[] {
  const out: { href: string; text: string }[] = [];
  const walk = (tokens: readonly Token[]): void => {
    for (const t of tokens) {
      if (t.type === 'link') out.push({ href: (t as Tokens.Link).href, text: plainText((t as Tokens.Link).tokens) });
      else if (t.type === 'table') {
        const table = t as Tokens.Table;
        for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens);
      } else if (t.type === 'list') for (const item of (t as Tokens.List).items) walk(item.tokens);
      else if ('tokens' in t && t.tokens) walk(t.tokens);
    }
  };
  walk(marked.lexer(markdown));
  return out;
}
