/** Markdown files of a repository and their headings, for the docs/* checks. */
import type { RepositoryContext } from '../types';

type Files = Pick<RepositoryContext<string, unknown>, 'paths' | 'read'>;

export interface Heading {
  text: string;
  line: number;
  /** GitHub's anchor for it (`#diagnose-compose-endpoints`), duplicates numbered `-1`, `-2`. */
  slug: string;
}

export const isMarkdown = (file: string): boolean => /\.(md|markdown|mdx)$/i.test(file);

export function markdownFiles(ctx: Files): string[] {
  return ctx.paths.filter(isMarkdown);
}

/** ATX headings outside fenced code blocks. */
export function headingsOf(text: string): Heading[] {
  const out: Heading[] = [];
  const counts = new Map<string, number>();
  let fence: string | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1][0];
      else if (f[1][0] === fence) fence = undefined;
      return;
    }
    if (fence) return;
    const m = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) return;
    const base = githubSlug(m[1]);
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    out.push({ text: m[1], line: i + 1, slug: n ? `${base}-${n}` : base });
  });
  return out;
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens. */
function githubSlug(text: string): string {
  return text
    .replace(/`|\*\*|__|\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The first markdown file (in path order) with a heading matching `pattern`. */
export function findHeading(ctx: Files, pattern: RegExp): { file: string; heading: Heading } | undefined {
  for (const file of markdownFiles(ctx)) {
    const heading = headingsOf(ctx.read(file) ?? '').find((h) => pattern.test(h.text));
    if (heading) return { file, heading };
  }
  return undefined;
}
