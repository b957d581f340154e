/**
 * YAML (and JSON, a YAML subset) parsed into a small tree that keeps the file, line and column of
 * every key and value. Aliases and merge keys (`<<: *defaults`) are expanded into the tree with the
 * positions of the anchored source; the expansion is capped so an alias bomb is reported, not built.
 * Compose layering merges these trees, so a value keeps the position of the layer that set it.
 */
import { documentsFromEvents } from './yaml-events';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node as YNode } from 'yaml';
import type { Loc, MapNode, ParsedYaml, ScalarValue, TreeNode, TreePath, YamlDocument, YamlProblem } from './yaml-nodes';

export type { Loc, MapNode, ParsedYaml, ScalarNode, ScalarValue, SeqNode, TreeNode, TreePath, YamlDocument, YamlProblem } from './yaml-nodes';

export interface ParseYamlOptions {
  /** Most nodes an alias may add to one document before the document is refused. */
  maxAliasNodes?: number;
}

const DEFAULT_MAX_ALIAS_NODES = 50_000;

class AliasLimitError extends Error {}

export function parseYaml(file: string, text: string, options: ParseYamlOptions = {}): ParsedYaml {
  const documents = documentsFromEvents(file, text, options.maxAliasNodes ?? DEFAULT_MAX_ALIAS_NODES);
  return documents ? { file, documents, problems: [] } : parseYamlDocuments(file, text, options);
}

/**
 * parseYaml through the yaml library's documents: the reference the fast path (yaml-events.ts)
 * matches, and the path of every file it gives up on, so its messages are the ones reported.
 */
export function parseYamlDocuments(file: string, text: string, options: ParseYamlOptions = {}): ParsedYaml {
  const lineCounter = new LineCounter();
  const problems: YamlProblem[] = [];
  const documents: YamlDocument[] = [];
  const maxAliasNodes = options.maxAliasNodes ?? DEFAULT_MAX_ALIAS_NODES;
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { lineCounter, merge: true, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  } catch (e) {
    problems.push({ code: 'syntax', message: (e as Error).message, line: 1, column: 1 });
    return { file, documents, problems };
  }
  if (!Array.isArray(docs)) docs = [docs as unknown as Document.Parsed];
  const pos = (offset: number): { line: number; col: number } => lineCounter.linePos(offset);
  docs.forEach((doc, index) => {
    let broken = false;
    let syntaxReported = false;
    for (const err of doc.errors) {
      const p = pos(err.pos[0]);
      const code = err.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax';
      broken = true;
      // After the first syntax error the parser's further errors are mostly consequences of it.
      if (code === 'syntax' && syntaxReported) continue;
      syntaxReported ||= code === 'syntax';
      problems.push({ code, message: firstLine(err.message), line: p.line, column: p.col });
    }
    const start = pos(doc.range?.[0] ?? 0);
    if (broken) {
      documents.push({ index, root: null, line: start.line });
      return;
    }
    const builder = new TreeBuilder(file, doc, pos, maxAliasNodes);
    try {
      documents.push({ index, root: doc.contents ? builder.build(doc.contents as YNode) : null, line: start.line });
    } catch (e) {
      if (!(e instanceof AliasLimitError)) throw e;
      problems.push({
        code: 'alias-limit',
        message: `aliases expand to more than ${maxAliasNodes} nodes; the document was not expanded (possible "billion laughs" alias bomb)`,
        line: start.line,
        column: start.col,
      });
      documents.push({ index, root: null, line: start.line });
    }
  });
  // A file whose only content is comments or blank lines yields one empty document, or none.
  return { file, documents, problems };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/:$/, '');
}

class TreeBuilder {
  private aliasNodes = 0;
  private readonly resolving = new Set<YNode>();

  constructor(
    private readonly file: string,
    private readonly doc: Document.Parsed,
    private readonly pos: (offset: number) => { line: number; col: number },
    private readonly maxAliasNodes: number,
  ) {}

  private loc(range: readonly number[] | null | undefined): Loc {
    const start = this.pos(range?.[0] ?? 0);
    const end = this.pos(range?.[1] ?? range?.[0] ?? 0);
    return { file: this.file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }

  build(node: YNode, viaAlias = false): TreeNode {
    if (viaAlias && ++this.aliasNodes > this.maxAliasNodes) throw new AliasLimitError();
    if (isAlias(node)) {
      const target = node.resolve(this.doc) as YNode | undefined;
      if (!target || this.resolving.has(target)) {
        return { kind: 'scalar', value: null, loc: this.loc(node.range) };
      }
      this.resolving.add(target);
      try {
        return this.build(target, true);
      } finally {
        this.resolving.delete(target);
      }
    }
    const tag = node.tag && node.tag.startsWith('!') && !node.tag.startsWith('!!') ? node.tag : undefined;
    if (isMap(node)) {
      const entries = new Map<string, TreeNode>();
      const merged: MapNode[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as YNode | null;
        if (isScalar(key) && (typeof key.value === 'symbol' || key.source === '<<') && pair.value) {
          const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
          for (const s of sources) {
            const built = this.build(s as YNode, viaAlias);
            if (built.kind === 'map') merged.push(built);
          }
          continue;
        }
        const keyText = isScalar(key) ? String(key.value) : key ? String(key) : '';
        const keyLoc = this.loc(key?.range);
        const value: TreeNode = pair.value ? this.build(pair.value as YNode, viaAlias) : { kind: 'scalar', value: null, loc: keyLoc };
        value.keyLoc = keyLoc;
        entries.set(keyText, value);
      }
      // Merge keys: explicit keys win, earlier merge sources win over later ones.
      for (const source of merged) {
        for (const [k, v] of source.entries) if (!entries.has(k)) entries.set(k, v);
      }
      return { kind: 'map', entries, loc: this.loc(node.range), tag };
    }
    if (isSeq(node)) {
      const items = node.items.map((item) =>
        item ? this.build(item as YNode, viaAlias) : ({ kind: 'scalar', value: null, loc: this.loc(node.range) } as TreeNode),
      );
      return { kind: 'seq', items, loc: this.loc(node.range), tag };
    }
    if (isScalar(node)) {
      const v = node.value;
      const value: ScalarValue =
        v === null || v === undefined
          ? null
          : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
            ? v
            : typeof v === 'bigint'
              ? Number(v)
              : String(v);
      return { kind: 'scalar', value, loc: this.loc(node.range), tag };
    }
    return { kind: 'scalar', value: null, loc: this.loc((node as { range?: number[] }).range) };
  }
}

/** The plain JavaScript value of a tree (what `yaml.parse` would return). */
export function toPlain(node: TreeNode | null | undefined): unknown {
  if (!node) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toPlain);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of node.entries) out[k] = toPlain(v);
      return out;
    }
  }
}

/** The node at a path, or undefined. */
export function getNode(root: TreeNode | null | undefined, path: TreePath): TreeNode | undefined {
  let cur: TreeNode | undefined = root ?? undefined;
  for (const seg of path) {
    if (!cur) return undefined;
    if (cur.kind === 'map') cur = cur.entries.get(String(seg));
    else if (cur.kind === 'seq' && typeof seg === 'number') cur = cur.items[seg];
    else return undefined;
  }
  return cur;
}

/**
 * The position to report for a path: the key of the deepest existing entry along it (a missing
 * `healthcheck` is reported on the service's key), or the item itself inside a sequence.
 */
export function locate(root: TreeNode | null | undefined, path: TreePath, fallback: Loc): Loc {
  let cur: TreeNode | undefined = root ?? undefined;
  let best: Loc = root ? (root.keyLoc ?? root.loc) : fallback;
  for (const seg of path) {
    if (!cur) break;
    let next: TreeNode | undefined;
    if (cur.kind === 'map') next = cur.entries.get(String(seg));
    else if (cur.kind === 'seq' && typeof seg === 'number') next = cur.items[seg];
    if (!next) break;
    best = next.keyLoc ?? next.loc;
    cur = next;
  }
  return best;
}

/** The location of a value itself (not its key). */
export function locateValue(root: TreeNode | null | undefined, path: TreePath, fallback: Loc): Loc {
  const node = getNode(root, path);
  return node ? node.loc : locate(root, path, fallback);
}

export function scalarOf(node: TreeNode | undefined): ScalarValue | undefined {
  return node?.kind === 'scalar' ? node.value : undefined;
}

/** A JSON pointer (`/spec/containers/0/image`) as a tree path; the tree tells indexes from numeric keys. */
export function pointerToPath(root: TreeNode | null | undefined, pointer: string): TreePath {
  if (!pointer) return [];
  return segmentsToPath(
    root,
    pointer
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')),
  );
}

/** Decoded pointer segments as a tree path: segments inside sequences become numbers. */
export function segmentsToPath(root: TreeNode | null | undefined, segments: readonly string[]): TreePath {
  const out: (string | number)[] = [];
  let cur: TreeNode | undefined = root ?? undefined;
  for (const seg of segments) {
    if (cur?.kind === 'seq' && /^\d+$/.test(seg)) {
      out.push(Number(seg));
      cur = cur.items[Number(seg)];
    } else {
      out.push(seg);
      cur = cur?.kind === 'map' ? cur.entries.get(seg) : undefined;
    }
  }
  return out;
}

/** `spec.template.spec.containers[0].image`, for messages; `''` for the root. */
export function formatPath(path: TreePath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}
