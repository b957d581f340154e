/** The tree parseYaml builds (yaml-tree.ts), shared with its fast path (yaml-events.ts). */
export interface Loc {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

interface NodeBase {
  /** Where the value starts. */
  loc: Loc;
  /** Where the key that holds this value starts (map values only). */
  keyLoc?: Loc;
  /** A local tag such as `!reset` or `!override` (Compose merge directives). */
  tag?: string;
}

export interface MapNode extends NodeBase {
  kind: 'map';
  entries: Map<string, TreeNode>;
}
export interface SeqNode extends NodeBase {
  kind: 'seq';
  items: TreeNode[];
}
export type ScalarValue = string | number | boolean | null;
export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  value: ScalarValue;
}
export type TreeNode = MapNode | SeqNode | ScalarNode;
export type TreePath = readonly (string | number)[];

export interface YamlProblem {
  code: 'syntax' | 'duplicate-key' | 'alias-limit';
  message: string;
  line: number;
  column: number;
}

export interface YamlDocument {
  /** 0-based index of the document within its file. */
  index: number;
  root: TreeNode | null;
  /** Line where the document starts (for documents without content). */
  line: number;
}

export interface ParsedYaml {
  file: string;
  documents: YamlDocument[];
  problems: YamlProblem[];
}
