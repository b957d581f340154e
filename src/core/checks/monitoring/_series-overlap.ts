/**
 * Whether two recording rules can write the same series. Rules with the same `record` name and the
 * same static labels still write different series when some label is kept in both outputs and the
 * matchers on it cannot hold together: `sum by (code) (rate(x{code=~"2.."}[5m]))` and the same with
 * `code=~"3.."` (kube-prometheus' apiserver availability rules do this). The answer is "disjoint"
 * only when the expressions prove it; expressions this model does not follow give "unknown".
 */
import { parsePromql, PromqlSyntaxError, type LabelMatcher, type PromqlNode } from './_promql-ast';
import { areExclusive } from './_label-matchers';

/**
 * What an expression's output series can hold in one label: any of the conjunctions of matchers
 * (an empty conjunction holds anything); `undefined` when unknown.
 */
type LabelValues = LabelMatcher[][] | undefined;

const ABSENT = (label: string): LabelMatcher[][] => [[{ label, op: '=', value: '' }]];

/** Aggregations that select series and keep their labels (the grouping only partitions them). */
const SELECTING = new Set(['topk', 'bottomk', 'limitk', 'limit_ratio']);
/** Functions whose result has no labels, or labels they make up. */
const NO_LABELS = new Set(['vector', 'time', 'scalar', 'pi', 'minute', 'hour', 'day_of_month', 'day_of_week', 'day_of_year', 'days_in_month', 'month', 'year']);
const MADE_UP_LABELS = new Set(['absent', 'absent_over_time', 'info', 'label_join', 'label_replace']);

function isScalar(node: PromqlNode): boolean {
  if (node.type === 'number' || node.type === 'string') return true;
  if (node.type === 'call') return node.fn === 'scalar' || node.fn === 'time' || node.fn === 'pi';
  if (node.type === 'binary') return isScalar(node.left) && isScalar(node.right);
  return false;
}

/** The values label `label` can have in the series `node` returns. */
function valuesOf(node: PromqlNode, label: string): LabelValues {
  switch (node.type) {
    case 'number':
    case 'string':
      return ABSENT(label);
    case 'selector': {
      const own = node.matchers.filter((m) => m.label === label);
      return [own];
    }
    case 'aggregation': {
      const vector = node.args[node.args.length - 1];
      if (!vector || node.op === 'count_values') return undefined;
      if (SELECTING.has(node.op)) return valuesOf(vector, label);
      const g = node.grouping;
      const kept = g ? (g.without ? !g.labels.includes(label) : g.labels.includes(label)) : false;
      return kept ? valuesOf(vector, label) : ABSENT(label);
    }
    case 'call': {
      if (NO_LABELS.has(node.fn)) return ABSENT(label);
      if (MADE_UP_LABELS.has(node.fn)) {
        // label_replace/label_join only write their destination label.
        const dst = node.args[1];
        if ((node.fn === 'label_replace' || node.fn === 'label_join') && dst?.type === 'string' && dst.value !== label) return valuesOf(node.args[0], label);
        return undefined;
      }
      if (node.fn === 'histogram_quantile' && label === 'le') return ABSENT(label);
      const vectors = node.args.filter((a) => !isScalar(a));
      return vectors.length === 1 ? valuesOf(vectors[0], label) : vectors.length === 0 ? ABSENT(label) : undefined;
    }
    case 'binary': {
      if (isScalar(node.left)) return isScalar(node.right) ? ABSENT(label) : valuesOf(node.right, label);
      if (isScalar(node.right)) return valuesOf(node.left, label);
      if (node.op === 'or') {
        const left = valuesOf(node.left, label);
        const right = valuesOf(node.right, label);
        return left && right ? [...left, ...right] : undefined;
      }
      if (node.op === 'and' || node.op === 'unless') return valuesOf(node.left, label);
      if (node.group) return undefined;
      // One-to-one matching keeps the left side's labels, only the `on` ones with on(), all but the ignored ones with ignoring().
      const m = node.matching;
      if (m && m.on !== m.labels.includes(label)) return ABSENT(label);
      return valuesOf(node.left, label);
    }
  }
}

function labelsIn(node: PromqlNode, out: Set<string>): Set<string> {
  if (node.type === 'selector') node.matchers.forEach((m) => out.add(m.label));
  if (node.type === 'aggregation') node.grouping?.labels.forEach((l) => out.add(l));
  if (node.type === 'aggregation' || node.type === 'call') node.args.forEach((a) => labelsIn(a, out));
  if (node.type === 'binary') {
    labelsIn(node.left, out);
    labelsIn(node.right, out);
  }
  return out;
}

/** No value satisfies both conjunctions (judged pair by pair, which may miss some, never invents). */
function conjunctionsExclude(a: LabelMatcher[], b: LabelMatcher[]): boolean {
  const all = [...a, ...b];
  return all.some((x, i) => all.slice(i + 1).some((y) => areExclusive(x, y)));
}

export type SeriesOverlap = { verdict: 'overlap' } | { verdict: 'disjoint'; label: string } | { verdict: 'unknown'; reason: string };

/**
 * Whether two recording-rule expressions can produce a series with the same labels. `staticLabels`
 * are the rules' own `labels:` (the same for both), which overwrite whatever the expressions give.
 */
export function seriesOverlap(exprA: string, exprB: string, staticLabels: readonly string[]): SeriesOverlap {
  let a: PromqlNode;
  let b: PromqlNode;
  try {
    a = parsePromql(exprA);
    b = parsePromql(exprB);
  } catch (e) {
    if (e instanceof PromqlSyntaxError) return { verdict: 'unknown', reason: e.message };
    throw e;
  }
  const labels = labelsIn(b, labelsIn(a, new Set()));
  let unknown: string | undefined;
  for (const label of [...labels].sort()) {
    if (label === '__name__' || staticLabels.includes(label)) continue;
    const va = valuesOf(a, label);
    const vb = valuesOf(b, label);
    if (!va || !vb) {
      unknown ??= `cannot follow label ${label} through the expression`;
      continue;
    }
    if (va.every((x) => vb.every((y) => conjunctionsExclude(x, y)))) return { verdict: 'disjoint', label };
  }
  return unknown ? { verdict: 'unknown', reason: unknown } : { verdict: 'overlap' };
}
