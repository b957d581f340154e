/**
 * The fast path of parseYaml (yaml-tree.ts). js-yaml's event parser reads a file several times
 * faster than the yaml library composes its documents (0.4 s against 1.6 s on the benchmark's
 * 5,000 manifests), and most of validate's time on a large repository went there. Its events are
 * turned straight into the tree, with the positions the yaml library gives every node (a quoted
 * scalar from its quote, a block scalar from its `|` header, a block collection ending where its
 * last value's line ends), values resolved by the same YAML 1.2 core schema, aliases expanded and
 * merge keys merged as TreeBuilder does.
 *
 * Where the two could differ the fast path gives up (undefined) and parseYaml takes the yaml
 * library's path, whose trees and messages are the reference: a syntax error (js-yaml's messages
 * are not the ones validate reports), a duplicate or complex key, any tag or directive, an empty
 * value it cannot place, an alias bomb. __tests__/core/source/yaml-events.test.ts compares both
 * paths on every YAML file of the repository's fixtures and on the cases each give-up guards.
 */
import { CHOMPING_MODE, COLLECTION_STYLE, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
import type { Loc, MapNode, ScalarValue, SeqNode, TreeNode, YamlDocument } from './yaml-nodes';

const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, ALIAS, POP } = EVENT_ID;
const { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL_BLOCK } = SCALAR_STYLE;

/** Thrown where the tree could differ from the yaml library's: the caller takes that path. */
class GiveUp extends Error {}

/** A node as it is built: the tree node and the yaml library's range of it (start, value end, node end). */
interface Built {
  node: TreeNode;
  start: number;
  /** Where the value ends (range[1]). */
  end: number;
  /** Where the node ends with its trailing comment and line break (range[2]). */
  after: number;
  /** An empty value: the yaml library ends it after any comment lines that follow. */
  empty?: boolean;
  /** A scalar that can be a key, and how it was written (`<<` merges only when plain). */
  keyStyle?: 'plain' | 'quoted';
}

interface CollectionFrame {
  built: Built;
  flow: boolean;
  /** The last item or value built in it. */
  last?: Built;
  /** A map's key waiting for its value. */
  key?: { text: string; start: number; end: number; isMerge: boolean };
  /** The value of its merge key (`<<`), merged when the map closes. */
  merge?: TreeNode;
  anchor?: string;
}

interface DocumentFrame {
  explicit: boolean;
  root?: Built;
}

/**
 * The documents of `text` as parseYaml builds them, or undefined where the fast path cannot be sure
 * of giving the same trees (the caller then parses with the yaml library). Throws nothing. `why`
 * hears the reason of a give-up (the tests check that each give-up is the one meant).
 */
export function documentsFromEvents(file: string, text: string, maxAliasNodes: number, why?: (reason: string) => void): YamlDocument[] | undefined {
  if (text.charCodeAt(0) === 0xfeff) {
    why?.('byte order mark');
    return undefined;
  }
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch (e) {
    why?.(`js-yaml: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
  try {
    return new EventTreeBuilder(file, text, maxAliasNodes).documents(events);
  } catch (e) {
    if (!(e instanceof GiveUp)) throw e;
    why?.(e.message);
    return undefined;
  }
}

class EventTreeBuilder {
  private readonly lineStarts: number[] = [0];
  private readonly anchors = new Map<string, TreeNode>();
  private readonly open = new Set<string>();
  private aliasNodes = 0;
  /** The line lineOf found last. */
  private cursor = 1;

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly maxAliasNodes: number,
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  documents(events: Event[]): YamlDocument[] {
    const out: YamlDocument[] = [];
    const stack: CollectionFrame[] = [];
    let doc: DocumentFrame | undefined;
    let previousEnd = 0;
    for (const event of events) {
      switch (event.type) {
        case DOCUMENT:
          if (event.directives.length > 0 || event.explicitEnd) throw new GiveUp('a directive or document end marker');
          doc = { explicit: event.explicitStart };
          this.anchors.clear();
          this.aliasNodes = 0;
          break;
        case SCALAR:
          this.place(stack, doc, this.scalar(event, stack[stack.length - 1]));
          break;
        case ALIAS:
          this.place(stack, doc, this.alias(event.anchorStart, event.anchorEnd));
          break;
        case MAPPING:
        case SEQUENCE: {
          if (event.tagStart !== -1) throw new GiveUp('a tag');
          const flow = event.style === COLLECTION_STYLE.FLOW;
          if (flow && this.text[event.start] !== (event.type === MAPPING ? '{' : '[')) throw new GiveUp('a flow pair outside braces');
          const node: MapNode | SeqNode =
            event.type === MAPPING
              ? { kind: 'map', entries: new Map(), loc: this.loc(event.start, event.start) }
              : { kind: 'seq', items: [], loc: this.loc(event.start, event.start) };
          const built: Built = { node, start: event.start, end: event.start, after: event.start };
          const frame: CollectionFrame = { built, flow };
          if (event.anchorStart !== -1) {
            frame.anchor = this.text.slice(event.anchorStart, event.anchorEnd);
            this.open.add(frame.anchor);
          }
          this.place(stack, doc, built);
          stack.push(frame);
          break;
        }
        case POP: {
          const frame = stack.pop();
          if (frame) {
            this.close(frame);
            break;
          }
          if (!doc?.root) throw new GiveUp('an empty document');
          out.push({ index: out.length, root: doc.root.node, line: this.lineOf(this.documentStart(doc, previousEnd)) });
          previousEnd = doc.root.after;
          doc = undefined;
          break;
        }
      }
    }
    if (stack.length > 0 || doc) throw new GiveUp('unclosed events');
    return out;
  }

  /** Where the yaml library starts a document: its `---`, or its content. */
  private documentStart(doc: DocumentFrame, previousEnd: number): number {
    const rootStart = doc.root!.start;
    let at = previousEnd;
    // Blank and comment lines before the document belong to it only through its marker.
    for (;;) {
      at = this.skipSpace(at);
      if (this.text[at] === '#') at = this.lineEnd(at);
      else break;
    }
    if (!doc.explicit) {
      if (at !== rootStart) throw new GiveUp('content before the document');
      return at;
    }
    if (!this.text.startsWith('---', at) || at > rootStart) throw new GiveUp('a document without its marker');
    return at;
  }

  private close(frame: CollectionFrame): void {
    const { built } = frame;
    if (frame.key) throw new GiveUp('a key without a value');
    if (frame.flow) {
      let at = frame.last ? frame.last.end : built.start + 1;
      for (;;) {
        at = this.skipSpace(at);
        const c = this.text[at];
        if (c === ',') at++;
        else if (c === '#') at = this.lineEnd(at);
        else break;
      }
      if (this.text[at] !== (built.node.kind === 'map' ? '}' : ']')) throw new GiveUp('a flow collection without its bracket');
      built.end = at + 1;
      built.after = this.nodeEnd(built.end);
    } else {
      if (!frame.last || this.commentFollows(frame.last.after, !frame.last.empty)) throw new GiveUp('a comment after the last value');
      built.end = built.after = frame.last.after;
    }
    if (built.node.kind === 'map' && frame.merge) {
      // Merge keys: explicit keys win, earlier merge sources win over later ones.
      const { entries } = built.node;
      const sources = frame.merge.kind === 'seq' ? frame.merge.items : [frame.merge];
      if (sources.length === 0) throw new GiveUp('an empty merge');
      for (const source of sources) {
        if (source.kind !== 'map') throw new GiveUp('a merge of something not a map');
        for (const [k, v] of source.entries) if (!entries.has(k)) entries.set(k, v);
      }
    }
    built.node.loc = this.loc(built.start, built.end);
    if (frame.anchor) {
      this.open.delete(frame.anchor);
      this.anchors.set(frame.anchor, built.node);
    }
  }

  /** Puts a node where it belongs: the document's root, a sequence's item, a map's key or value. */
  private place(stack: CollectionFrame[], doc: DocumentFrame | undefined, built: Built): void {
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (!doc || doc.root) throw new GiveUp('two roots');
      doc.root = built;
      return;
    }
    const container = parent.built.node;
    if (container.kind === 'seq') {
      container.items.push(built.node);
      parent.last = built;
      return;
    }
    if (container.kind !== 'map') throw new GiveUp('an item outside a collection');
    if (!parent.key) {
      parent.key = this.keyOf(built);
      return;
    }
    const key = parent.key;
    parent.key = undefined;
    parent.last = built;
    if (key.isMerge) {
      if (parent.merge) throw new GiveUp('two merge keys');
      parent.merge = built.node;
      return;
    }
    if (container.entries.has(key.text)) throw new GiveUp('a duplicate key');
    built.node.keyLoc = this.loc(key.start, key.end);
    container.entries.set(key.text, built.node);
  }

  /** A key as TreeBuilder reads it: the string of a scalar key's value. */
  private keyOf(built: Built): NonNullable<CollectionFrame['key']> {
    const { node, keyStyle } = built;
    if (node.kind !== 'scalar' || !keyStyle) throw new GiveUp('a key that is not a scalar');
    const text = String(node.value);
    return { text, start: built.start, end: built.end, isMerge: keyStyle === 'plain' && text === '<<' };
  }

  private scalar(event: ScalarEvent, parent: CollectionFrame | undefined): Built {
    if (event.tagStart !== -1) throw new GiveUp('a tag');
    const { style, valueStart, valueEnd } = event;
    let built: Built;
    if (valueStart === -1) {
      // An empty value: the yaml library places it after its indicator and the spaces that follow.
      if (style !== PLAIN || event.anchorStart !== -1) throw new GiveUp('an empty value with an anchor or a style');
      const at = this.emptyValueAt(parent);
      built = { node: { kind: 'scalar', value: null, loc: this.loc(at, at) }, start: at, end: at, after: at, empty: true };
      return built;
    }
    if (style === PLAIN) {
      const source = event.fast ? this.text.slice(valueStart, valueEnd) : getScalarValue(this.text, event);
      built = {
        node: { kind: 'scalar', value: resolvePlain(source), loc: this.loc(valueStart, valueEnd) },
        start: valueStart,
        end: valueEnd,
        after: this.nodeEnd(valueEnd),
        keyStyle: 'plain',
      };
    } else if (style === SINGLE_QUOTED || style === DOUBLE_QUOTED) {
      const quote = style === SINGLE_QUOTED ? "'" : '"';
      const start = valueStart - 1;
      const end = valueEnd + 1;
      if (this.text[start] !== quote || this.text[valueEnd] !== quote) throw new GiveUp('a quoted scalar without its quotes');
      built = {
        node: { kind: 'scalar', value: getScalarValue(this.text, event), loc: this.loc(start, end) },
        start,
        end,
        after: this.nodeEnd(end),
        keyStyle: 'quoted',
      };
    } else {
      if (event.chomping === CHOMPING_MODE.KEEP) throw new GiveUp('keep chomping');
      const start = this.blockHeader(valueStart, style === LITERAL_BLOCK ? '|' : '>');
      const end = this.blockEnd(valueStart, valueEnd);
      built = { node: { kind: 'scalar', value: getScalarValue(this.text, event), loc: this.loc(start, end) }, start, end, after: end };
    }
    if (event.anchorStart !== -1) this.anchors.set(this.text.slice(event.anchorStart, event.anchorEnd), built.node);
    return built;
  }

  /** The anchored node again, as TreeBuilder builds an alias: a copy with the anchor's positions. */
  private alias(anchorStart: number, anchorEnd: number): Built {
    const name = this.text.slice(anchorStart, anchorEnd);
    const target = this.anchors.get(name);
    if (!target || this.open.has(name)) throw new GiveUp('an alias to an unknown or open anchor');
    const node = this.copy(target);
    delete node.keyLoc;
    // The yaml library's range of an alias: `*name`, then its line's end.
    const start = anchorStart - 1;
    return { node, start, end: anchorEnd, after: this.nodeEnd(anchorEnd) };
  }

  private copy(node: TreeNode): TreeNode {
    // Half the limit: TreeBuilder also counts the merge sources it builds again, which a copy does not.
    if (++this.aliasNodes > this.maxAliasNodes / 2) throw new GiveUp('many aliases');
    const base = { loc: { ...node.loc }, ...(node.keyLoc ? { keyLoc: { ...node.keyLoc } } : {}) };
    switch (node.kind) {
      case 'scalar':
        return { kind: 'scalar', value: node.value, ...base };
      case 'seq':
        return { kind: 'seq', items: node.items.map((i) => this.copy(i)), ...base };
      case 'map': {
        const entries = new Map<string, TreeNode>();
        for (const [k, v] of node.entries) entries.set(k, this.copy(v));
        return { kind: 'map', entries, ...base };
      }
    }
  }

  /** Where the yaml library puts an empty value: after the `:` or `-` before it, and the spaces after that. */
  private emptyValueAt(parent: CollectionFrame | undefined): number {
    if (!parent || parent.flow) throw new GiveUp('an empty value outside a block collection');
    let at: number;
    if (parent.built.node.kind === 'map') {
      if (!parent.key) throw new GiveUp('an empty key');
      at = this.skipInline(parent.key.end);
      if (this.text[at] !== ':') throw new GiveUp('an empty value without its colon');
    } else {
      at = parent.last ? parent.last.after : parent.built.start;
      for (;;) {
        at = this.skipSpace(at);
        if (this.text[at] === '#') at = this.lineEnd(at);
        else break;
      }
      if (this.text[at] !== '-') throw new GiveUp('an empty item without its dash');
    }
    return this.skipInline(at + 1);
  }

  /** The offset of a block scalar's `|` or `>` header: the only one on the line before its content, without a comment there. */
  private blockHeader(valueStart: number, indicator: string): number {
    const lineEnd = valueStart - 1;
    if (this.text[lineEnd] !== '\n') throw new GiveUp('a block scalar without its header line');
    const lineStart = this.text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = this.text.slice(lineStart, lineEnd);
    const at = line.indexOf(indicator);
    if (at === -1 || line.indexOf(indicator, at + 1) !== -1 || line.includes('#') || line.includes(indicator === '|' ? '>' : '|'))
      throw new GiveUp('a block scalar header not alone on its line');
    return lineStart + at;
  }

  /** Where the yaml library ends a block scalar: after the line break of its last line that is not blank. */
  private blockEnd(valueStart: number, valueEnd: number): number {
    let at = valueEnd - 1;
    while (at >= valueStart && /\s/.test(this.text[at])) at--;
    if (at < valueStart) throw new GiveUp('an empty block scalar');
    const lineBreak = this.text.indexOf('\n', at);
    return lineBreak === -1 || lineBreak >= valueEnd ? Math.min(valueEnd, lineBreak === -1 ? this.text.length : lineBreak + 1) : lineBreak + 1;
  }

  /**
   * Whether a comment line comes before the next content (an indented one only, with `indentedOnly`).
   * The yaml library makes an indented comment part of the last value, of the collection or of one
   * around it, by its indentation, and any comment part of an empty last value, and ends their ranges
   * after it: not worth following here. Otherwise a comment in the first column ends nothing.
   */
  private commentFollows(at: number, indentedOnly: boolean): boolean {
    for (;;) {
      const p = this.skipInline(at);
      const c = this.text[p];
      if (c === '#') {
        if (!indentedOnly || (p > 0 && this.text[p - 1] !== '\n')) return true;
        at = this.lineEnd(p) + 1;
      } else if (c === '\n') at = p + 1;
      else if (c === '\r' && this.text[p + 1] === '\n') at = p + 2;
      else return false;
    }
  }

  /** After a value: its trailing spaces, comment and line break (the yaml library's range[2]). */
  private nodeEnd(end: number): number {
    let at = this.skipInline(end);
    if (this.text[at] === '#') at = this.lineEnd(at);
    if (this.text[at] === '\r' && this.text[at + 1] === '\n') return at + 2;
    return this.text[at] === '\n' ? at + 1 : at;
  }

  private skipInline(at: number): number {
    while (this.text[at] === ' ' || this.text[at] === '\t') at++;
    return at;
  }

  private skipSpace(at: number): number {
    for (let c = this.text[at]; c === ' ' || c === '\t' || c === '\n' || c === '\r'; c = this.text[++at]);
    return at;
  }

  private lineEnd(at: number): number {
    const lineBreak = this.text.indexOf('\n', at);
    return lineBreak === -1 ? this.text.length : lineBreak;
  }

  /** The 1-based line of an offset. Offsets mostly come in order: the search starts from the last line found. */
  private lineOf(offset: number): number {
    const starts = this.lineStarts;
    let line = this.cursor;
    if (offset >= starts[line - 1]) {
      while (line < starts.length && starts[line] <= offset) line++;
    } else {
      let low = 0;
      let high = line;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (offset < starts[mid]) high = mid;
        else low = mid + 1;
      }
      line = low;
    }
    this.cursor = line;
    return line;
  }

  private loc(start: number, end: number): Loc {
    const line = this.lineOf(start);
    const column = start - this.lineStarts[line - 1] + 1;
    const endLine = this.lineOf(end);
    return { file: this.file, line, column, endLine, endColumn: end - this.lineStarts[endLine - 1] + 1 };
  }
}

const MAY_RESOLVE = /[~nNtTfF0-9+\-.]/;

/** A plain scalar's value by the YAML 1.2 core schema, tested in the yaml library's order. */
export function resolvePlain(source: string): ScalarValue {
  // Most scalars are words: none of the core schema's forms starts with another letter.
  if (source.length > 0 && !MAY_RESOLVE.test(source[0])) return source;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(source)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source)) return source[0] === 't' || source[0] === 'T';
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
    return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source)) return parseFloat(source);
  return source;
}
