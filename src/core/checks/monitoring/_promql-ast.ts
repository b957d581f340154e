/**
 * A small PromQL parser: enough structure to follow labels through an expression (selectors with
 * their matchers, aggregations with by/without, function calls, binary operators with on/ignoring
 * and group_left/right). It accepts what Prometheus accepts in recording rules and throws
 * PromqlSyntaxError on anything else; callers treat that as "unknown", never as a finding.
 */

export interface LabelMatcher {
  label: string;
  op: '=' | '!=' | '=~' | '!~';
  value: string;
}

export type PromqlNode =
  | { type: 'selector'; matchers: LabelMatcher[] }
  | { type: 'aggregation'; op: string; grouping?: { without: boolean; labels: string[] }; args: PromqlNode[] }
  | { type: 'call'; fn: string; args: PromqlNode[] }
  | { type: 'binary'; op: string; left: PromqlNode; right: PromqlNode; matching?: { on: boolean; labels: string[] }; group?: 'left' | 'right' }
  | { type: 'number' }
  | { type: 'string'; value: string };

export class PromqlSyntaxError extends Error {}

const AGGREGATIONS = new Set([
  'sum',
  'min',
  'max',
  'avg',
  'group',
  'stddev',
  'stdvar',
  'count',
  'count_values',
  'bottomk',
  'topk',
  'quantile',
  'limitk',
  'limit_ratio',
]);

/** Binary operators by precedence (Prometheus: `^` binds tightest and is right-associative). */
const PRECEDENCE: Record<string, number> = {
  or: 1,
  and: 2,
  unless: 2,
  '==': 3,
  '!=': 3,
  '<=': 3,
  '<': 3,
  '>=': 3,
  '>': 3,
  '+': 4,
  '-': 4,
  '*': 5,
  '/': 5,
  '%': 5,
  atan2: 5,
  '^': 6,
};

interface Token {
  kind: 'ident' | 'number' | 'duration' | 'string' | 'punct';
  text: string;
}

const TOKEN =
  /\s+|#[^\n]*|(?<duration>(?:\d+(?:ms|[smhdwy]))+(?![\w.]))|(?<number>0x[0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?![\w]))|(?<ident>[A-Za-z_:][\w:]*)|(?<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`]*`)|(?<punct>=~|!~|==|!=|<=|>=|[-+*/%^<>=(){}[\],:@])/y;

export function tokenize(expr: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expr.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(expr);
    if (!m) throw new PromqlSyntaxError(`unexpected character ${JSON.stringify(expr[at])} at ${at + 1}`);
    const g = m.groups ?? {};
    if (g.duration) out.push({ kind: 'duration', text: g.duration });
    else if (g.number) out.push({ kind: 'number', text: g.number });
    else if (g.ident) out.push({ kind: 'ident', text: g.ident });
    else if (g.string) out.push({ kind: 'string', text: g.string });
    else if (g.punct) out.push({ kind: 'punct', text: g.punct });
  }
  return out;
}

/** The value of a PromQL string literal. */
function unquote(text: string): string {
  if (text.startsWith('`')) return text.slice(1, -1);
  return text.slice(1, -1).replace(/\\(.)/g, (_m, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
}

export function parsePromql(expr: string): PromqlNode {
  const tokens = tokenize(expr);
  let pos = 0;
  const peek = (offset = 0): Token | undefined => tokens[pos + offset];
  const isPunct = (text: string, t = peek()): boolean => t?.kind === 'punct' && t.text === text;
  const isWord = (text: string, t = peek()): boolean => t?.kind === 'ident' && t.text.toLowerCase() === text;
  const fail = (what: string): never => {
    throw new PromqlSyntaxError(`${what} at token ${pos + 1} (${peek()?.text ?? 'end of expression'})`);
  };
  const expect = (text: string): void => {
    if (!isPunct(text)) fail(`expected "${text}"`);
    pos++;
  };
  /** `open item, item, ... close`, a trailing comma allowed. */
  const list = <T>(open: string, close: string, item: () => T): T[] => {
    expect(open);
    const out: T[] = [];
    while (!isPunct(close)) {
      out.push(item());
      if (!isPunct(close)) expect(',');
    }
    pos++;
    return out;
  };
  const labelList = (): string[] =>
    list('(', ')', () => {
      const t = peek();
      if (t?.kind !== 'ident') fail('expected a label name');
      pos++;
      return t!.text;
    });
  const matchers = (): LabelMatcher[] =>
    list('{', '}', () => {
      const [label, op, value] = [peek(), peek(1), peek(2)];
      if (label?.kind !== 'ident' && label?.kind !== 'string') fail('expected a label name');
      if (op?.kind !== 'punct' || !['=', '!=', '=~', '!~'].includes(op.text) || value?.kind !== 'string') fail('expected a label matcher');
      pos += 3;
      return { label: label!.kind === 'string' ? unquote(label!.text) : label!.text, op: op!.text as LabelMatcher['op'], value: unquote(value!.text) };
    });
  const args = (): PromqlNode[] => list('(', ')', () => expression(0));
  const grouping = (): { without: boolean; labels: string[] } | undefined => {
    if (!isWord('by') && !isWord('without')) return undefined;
    const without = isWord('without');
    pos++;
    return { without, labels: labelList() };
  };
  const primary = (): PromqlNode => {
    const t = peek();
    if (!t) return fail('unexpected end of expression');
    if (t.kind === 'number' || t.kind === 'duration') {
      pos++;
      return { type: 'number' };
    }
    if (t.kind === 'string') {
      pos++;
      return { type: 'string', value: unquote(t.text) };
    }
    if (isPunct('-') || isPunct('+')) {
      pos++;
      return postfix(primary());
    }
    if (isPunct('(')) {
      pos++;
      const inner = expression(0);
      expect(')');
      return inner;
    }
    if (isPunct('{')) return { type: 'selector', matchers: matchers() };
    if (t.kind !== 'ident') return fail('unexpected token');
    const name = t.text;
    const next = peek(1);
    if (AGGREGATIONS.has(name.toLowerCase()) && (isPunct('(', next) || isWord('by', next) || isWord('without', next))) {
      pos++;
      const before = grouping();
      const list = args();
      return { type: 'aggregation', op: name.toLowerCase(), grouping: before ?? grouping(), args: list };
    }
    if (isPunct('(', next)) {
      pos++;
      return { type: 'call', fn: name, args: args() };
    }
    pos++;
    const named: LabelMatcher[] = [{ label: '__name__', op: '=', value: name }];
    return { type: 'selector', matchers: isPunct('{') ? [...named, ...matchers()] : named };
  };
  /** Range `[5m]`, subquery `[1h:5m]`, `offset 5m`, `@ 1700000000` / `@ start()`: they keep the labels. */
  const postfix = (node: PromqlNode): PromqlNode => {
    for (;;) {
      if (isPunct('[')) {
        while (pos < tokens.length && !isPunct(']')) pos++;
        expect(']');
      } else if (isWord('offset')) {
        pos++;
        if (isPunct('-')) pos++;
        if (peek()?.kind !== 'duration' && peek()?.kind !== 'number') fail('expected a duration');
        pos++;
      } else if (isPunct('@')) {
        pos++;
        if (peek()?.kind === 'ident') {
          pos++;
          args();
        } else pos++;
      } else return node;
    }
  };
  const expression = (minPrecedence: number): PromqlNode => {
    let left = postfix(primary());
    for (;;) {
      const t = peek();
      const op = t?.kind === 'punct' ? t.text : t?.kind === 'ident' ? t.text.toLowerCase() : '';
      const precedence = PRECEDENCE[op];
      if (precedence === undefined || precedence < minPrecedence) return left;
      pos++;
      if (isWord('bool')) pos++;
      let matching: { on: boolean; labels: string[] } | undefined;
      let group: 'left' | 'right' | undefined;
      if (isWord('on') || isWord('ignoring')) {
        const on = isWord('on');
        pos++;
        matching = { on, labels: labelList() };
      }
      if (isWord('group_left') || isWord('group_right')) {
        group = isWord('group_left') ? 'left' : 'right';
        pos++;
        if (isPunct('(')) labelList();
      }
      const right = expression(op === '^' ? precedence : precedence + 1);
      left = { type: 'binary', op, left, right, matching, group };
    }
  };
  const root = expression(0);
  if (pos < tokens.length) fail('unexpected token');
  return root;
}
