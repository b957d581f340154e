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

/** A file git diffed as binary (a NUL byte: also every UTF-16 file), with its path before the change. */
export interface BinaryChange {
  file: string;
  /** The path in the old tree; undefined for an added file. */
  oldFile?: string;
  commit?: string;
}

const BINARY_LINE = /^Binary files (.+) and (.+) differ$/;

/**
 * The files `git diff` / `git log -p` only say "Binary files … differ" about: their added lines are
 * not in the diff, so the caller reads both versions (a UTF-16 file decodes to text).
 */
export function parseBinaryChanges(text: string): BinaryChange[] {
  const out: BinaryChange[] = [];
  let commit: string | undefined;
  for (const raw of text.split('\n')) {
    if (raw.startsWith(COMMIT_MARKER)) {
      commit = /([0-9a-f]{7,64})/.exec(raw)?.[1];
      continue;
    }
    const m = BINARY_LINE.exec(raw);
    if (!m || m[2] === '/dev/null') continue;
    out.push({
      file: unquote(m[2]).replace(/^b\//, ''),
      ...(m[1] === '/dev/null' ? {} : { oldFile: unquote(m[1]).replace(/^a\//, '') }),
      ...(commit ? { commit } : {}),
    });
  }
  return out;
}

/**
 * The 1-based lines of `after` that `before` does not have, counted as a multiset: a line that
 * appears once more than before is added once. Moved lines are not added (they were committed already).
 */
export function addedLineNumbers(before: string, after: string): number[] {
  const remaining = new Map<string, number>();
  for (const line of before.split('\n')) remaining.set(line, (remaining.get(line) ?? 0) + 1);
  const lines = after.split('\n');
  // The empty string after a final newline is not a line.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const added: number[] = [];
  lines.forEach((line, i) => {
    const n = remaining.get(line) ?? 0;
    if (n > 0) remaining.set(line, n - 1);
    else added.push(i + 1);
  });
  return added;
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
