/**
 * Parsed YAML files packed into flat arrays, to move them from a worker thread to the thread that
 * validates: numbers (kinds, positions, sizes) in one Int32Array, strings and numeric scalars in
 * one array. Structured cloning the trees themselves costs more than parsing them again (every
 * position is an object that repeats its file name); rebuilding them from the arrays costs a
 * fraction of that. Unpacking gives back trees equal to the packed ones, property for property.
 */
import type { Loc, ParsedYaml, ScalarValue, TreeNode, YamlDocument } from './yaml-tree';

export interface PackedYaml {
  /** Per file: its name, problems, and per document its index, line and whether it has a root (packed in order). */
  files: { file: string; problems: ParsedYaml['problems']; documents: { index: number; line: number; hasRoot: boolean }[] }[];
  numbers: Int32Array;
  values: (string | number)[];
}

// The first number of a node: its kind and flags.
const KIND_MASK = 3;
const MAP = 0;
const SEQ = 1;
const SCALAR = 2;
const HAS_TAG_KEY = 1 << 2; // the node has a `tag` property (undefined or not)
const HAS_TAG = 1 << 3; // ... that is defined: the tag is the next value
const KEY_LOC = 1 << 4; // keyLoc: 4 numbers of its own
const KEY_LOC_IS_LOC = 1 << 5; // keyLoc is the node's loc itself
const SCALAR_SHIFT = 6; // scalars: null, true, false, or a value
const SCALAR_NULL = 0;
const SCALAR_TRUE = 1;
const SCALAR_FALSE = 2;
const SCALAR_VALUE = 3;

export function packParsedYaml(parsed: readonly ParsedYaml[]): PackedYaml {
  const numbers: number[] = [];
  const values: (string | number)[] = [];
  const pushLoc = (loc: Loc): void => {
    numbers.push(loc.line, loc.column, loc.endLine ?? -1, loc.endColumn ?? -1);
  };
  const pack = (node: TreeNode): void => {
    let head = node.kind === 'map' ? MAP : node.kind === 'seq' ? SEQ : SCALAR;
    if ('tag' in node) head |= HAS_TAG_KEY;
    if (node.tag !== undefined) head |= HAS_TAG;
    if (node.keyLoc) head |= node.keyLoc === node.loc ? KEY_LOC_IS_LOC : KEY_LOC;
    if (node.kind === 'scalar') {
      const v = node.value;
      head |= (v === null ? SCALAR_NULL : v === true ? SCALAR_TRUE : v === false ? SCALAR_FALSE : SCALAR_VALUE) << SCALAR_SHIFT;
      if (v !== null && typeof v !== 'boolean') values.push(v);
    }
    numbers.push(head);
    pushLoc(node.loc);
    if (head & KEY_LOC) pushLoc(node.keyLoc!);
    if (node.tag !== undefined) values.push(node.tag);
    if (node.kind === 'map') {
      numbers.push(node.entries.size);
      for (const [key, child] of node.entries) {
        values.push(key);
        pack(child);
      }
    } else if (node.kind === 'seq') {
      numbers.push(node.items.length);
      for (const child of node.items) pack(child);
    }
  };
  const files = parsed.map((p) => {
    for (const doc of p.documents) if (doc.root) pack(doc.root);
    return { file: p.file, problems: p.problems, documents: p.documents.map((d) => ({ index: d.index, line: d.line, hasRoot: !!d.root })) };
  });
  return { files, numbers: Int32Array.from(numbers), values };
}

export function unpackParsedYaml(packed: PackedYaml): ParsedYaml[] {
  const { numbers, values } = packed;
  let n = 0;
  let v = 0;
  let file = '';
  const readLoc = (): Loc => {
    const loc: Loc = { file, line: numbers[n], column: numbers[n + 1] };
    if (numbers[n + 2] !== -1) loc.endLine = numbers[n + 2];
    if (numbers[n + 3] !== -1) loc.endColumn = numbers[n + 3];
    n += 4;
    return loc;
  };
  const unpack = (): TreeNode => {
    const head = numbers[n++];
    const kind = head & KIND_MASK;
    let value: ScalarValue = null;
    if (kind === SCALAR) {
      const type = head >> SCALAR_SHIFT;
      value = type === SCALAR_NULL ? null : type === SCALAR_TRUE ? true : type === SCALAR_FALSE ? false : values[v++];
    }
    const loc = readLoc();
    const keyLoc = head & KEY_LOC ? readLoc() : head & KEY_LOC_IS_LOC ? loc : undefined;
    const tag = head & HAS_TAG ? (values[v++] as string) : undefined;
    let node: TreeNode;
    if (kind === MAP) {
      const entries = new Map<string, TreeNode>();
      for (let size = numbers[n++]; size > 0; size--) {
        const key = values[v++] as string;
        entries.set(key, unpack());
      }
      node = head & HAS_TAG_KEY ? { kind: 'map', entries, loc, tag } : { kind: 'map', entries, loc };
    } else if (kind === SEQ) {
      const items: TreeNode[] = [];
      for (let size = numbers[n++]; size > 0; size--) items.push(unpack());
      node = head & HAS_TAG_KEY ? { kind: 'seq', items, loc, tag } : { kind: 'seq', items, loc };
    } else node = head & HAS_TAG_KEY ? { kind: 'scalar', value, loc, tag } : { kind: 'scalar', value, loc };
    if (keyLoc) node.keyLoc = keyLoc;
    return node;
  };
  return packed.files.map((p) => {
    file = p.file;
    const documents: YamlDocument[] = p.documents.map((d) => ({ index: d.index, root: d.hasRoot ? unpack() : null, line: d.line }));
    return { file: p.file, documents, problems: p.problems };
  });
}
