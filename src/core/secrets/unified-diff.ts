/** Added lines per file (and per commit, for `git log -p`) from unified diff text. */

export interface AddedLines {
  file: string;
  commit?: string;
  /** Line numbers in the new file, with their text. */
  lines: { line: number; text: string }[];
}

const COMMIT_MARKER = '\u0000commit ';

/**
 * Parses `git diff -U0` (or `git log -p -U0 --format=%x00commit %H`) output. Deleted files, binary
 * files and pure renames yield nothing; a renamed file's added lines belong to its new path.
 */
export function parseUnifiedDiff(text: string): AddedLines[] {
  const out: AddedLines[] = [];
  let commit: string | undefined;
  let current: AddedLines | undefined;
  let next = 0;
  for (const raw of text.split('\n')) {
    if (raw.startsWith(COMMIT_MARKER) || raw.startsWith('commit ')) {
      const sha = /([0-9a-f]{7,64})/.exec(raw)?.[1];
      if (sha && (raw.startsWith(COMMIT_MARKER) || /^commit [0-9a-f]{40,64}$/.test(raw))) {
        commit = sha;
        current = undefined;
        continue;
      }
    }
    if (raw.startsWith('diff --git ')) {
      current = undefined;
      continue;
    }
    if (raw.startsWith('+++ ')) {
      // git ends the name with a tab when it contains a space (for patch(1)).
      const target = raw.slice(4).replace(/\t$/, '');
      if (target === '/dev/null') {
        current = undefined;
        continue;
      }
      current = { file: unquote(target).replace(/^b\//, ''), ...(commit ? { commit } : {}), lines: [] };
      out.push(current);
      continue;
    }
    if (raw.startsWith('@@')) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
      next = m ? Number(m[1]) : 0;
      continue;
    }
    if (!current || raw.startsWith('--- ')) continue;
    if (raw.startsWith('+')) {
      current.lines.push({ line: next, text: raw.slice(1) });
      next++;
    } else if (raw.startsWith(' ')) {
      next++;
    }
  }
  return out.filter((f) => f.lines.length > 0);
}

/** git quotes paths with unusual characters: "b/caf\303\251.yml". */
function unquote(p: string): string {
  if (!p.startsWith('"')) return p;
  const inner = p.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '\\') {
      const oct = /^[0-7]{3}/.exec(inner.slice(i + 1));
      if (oct) {
        bytes.push(parseInt(oct[0], 8));
        i += 3;
        continue;
      }
      const esc = inner[++i];
      bytes.push(...Buffer.from(({ n: '\n', t: '\t', '"': '"', '\\': '\\' } as Record<string, string>)[esc] ?? esc));
      continue;
    }
    bytes.push(...Buffer.from(inner[i]));
  }
  return Buffer.from(bytes).toString('utf8');
}
