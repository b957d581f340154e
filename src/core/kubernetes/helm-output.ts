/**
 * The output of `helm template`: one YAML document per rendered template, each preceded by
 * `# Source: <chart>/templates/<file>`, and the way back from a rendered line to the template line
 * that wrote it (so findings point at the file and line a user edits).
 */

export interface RenderedDocument {
  /** The source as helm prints it without the chart name: `templates/x.yaml`, `charts/sub/templates/y.yaml`. */
  source: string;
  /** The document's text (the `# Source:` comment included). */
  text: string;
}

/** The rendered documents, in helm's order; documents without a `# Source:` line are dropped (helm writes none). */
export function splitHelmOutput(stdout: string): RenderedDocument[] {
  const out: RenderedDocument[] = [];
  for (const chunk of stdout.split(/^---[ \t]*$/m)) {
    const m = /^# Source: ([^\r\n]+)$/m.exec(chunk);
    if (!m || !chunk.replace(/^\s*#.*$/gm, '').trim()) continue;
    const source = m[1].trim();
    const slash = source.indexOf('/');
    out.push({ source: slash >= 0 ? source.slice(slash + 1) : source, text: chunk.replace(/^\r?\n/, '') });
  }
  return out;
}

/** A position in the template text that the next rendered document of the same file starts looking from. */
export interface TemplateCursor {
  line: number;
}

const KEY = /^(?:-\s+)?("[^"]*"|'[^']*'|[^\s:#][^:#]*?):(?:\s|$)/;

/**
 * For each line of a rendered document (1-based index i -> out[i - 1]), the template line (1-based)
 * that most likely wrote it: the next template line with the same text, else the next one within
 * a few lines with the same key, else the line of the last match. Template and rendered output keep
 * their order, so the search only moves forward; a document that does not start after the cursor
 * (helm reorders documents by kind) starts again at the top of the template.
 */
export function mapRenderedLines(rendered: string, template: string, cursor: TemplateCursor): number[] {
  const tLines = template.split(/\r?\n/).map((l) => l.trim());
  const rLines = rendered.split(/\r?\n/).map((l) => l.trim());
  const firstContent = rLines.find((l) => l && !l.startsWith('#'));
  let at = cursor.line;
  if (firstContent !== undefined && findForward(tLines, firstContent, at, tLines.length) < 0) at = 0;
  let last = Math.max(at, 1);
  const out: number[] = [];
  for (const line of rLines) {
    if (!line || line.startsWith('#')) {
      out.push(last);
      continue;
    }
    let hit = findForward(tLines, line, at, tLines.length);
    if (hit < 0) {
      const key = KEY.exec(line)?.[1];
      if (key) hit = tLines.findIndex((t, i) => i >= at && i < at + 12 && KEY.exec(t)?.[1] === key);
    }
    if (hit >= 0) {
      last = hit + 1;
      at = hit + 1;
    }
    out.push(last);
  }
  cursor.line = at;
  return out;
}

function findForward(lines: readonly string[], text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (lines[i] === text) return i;
  return -1;
}
