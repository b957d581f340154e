/**
 * Which kinds of failure the alerting rules of a repository detect: a target that is down, an
 * error rate, latency, memory. An alert on a recorded series counts by what the recording rule
 * computes (`mcp:errors:ratio_rate5m` is an error rate when its expression rates error requests).
 * Shared by the monitoring/alert-* readiness checks.
 */
import { deploysMcpServers } from '../../services/list-services';
import type { RepositoryContext } from '../types';
import type { TreeDocument } from '../../source/workspace';
import type { Loc } from '../../source/yaml-tree';
import { locate } from '../../source/yaml-tree';
import { missingLocation } from '../missing-location';
import { allRules } from './_rules';

export type AlertKind = 'down' | 'error-rate' | 'latency' | 'memory';

export interface AlertRuleInfo {
  file: string;
  name: string;
  kinds: Set<AlertKind>;
}

const STRING = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`]*`/g;
const IDENTIFIER = /[a-zA-Z_:][\w:]*/g;
const DOWN_COMPARISON = /==\s*0(?![.\d]*[1-9])|<\s*(?:1(?:\.0*)?|0?\.\d+)(?![\d.])|<=\s*0(?![.\d]*[1-9])|!=\s*1(?![\d.])/;
const RATE = /\b(?:rate|irate|increase)\s*\(/;

/** The kinds of failure one PromQL expression detects. */
function classifyExpression(expr: string): Set<AlertKind> {
  const kinds = new Set<AlertKind>();
  const code = expr.replace(/#[^\n]*/g, '');
  const bare = code.replace(STRING, '""');
  const identifiers = bare.match(IDENTIFIER) ?? [];
  const has = (re: RegExp): boolean => identifiers.some((t) => re.test(t));

  const comparesDown = DOWN_COMPARISON.test(bare);
  if (/\babsent_over_time\s*\(|\babsent\s*\(\s*up\b/.test(bare)) kinds.add('down');
  if (comparesDown && has(/^(up|probe_success|kube_deployment_status_replicas_available|kube_statefulset_status_replicas_ready)$/)) kinds.add('down');

  const errorSignal =
    /5xx/i.test(code) ||
    /(?:status|code)\w*\s*=~?\s*"5/i.test(code) ||
    /=~?\s*"(?:[^"]*\|)?(?:error|errors|failed|failure|fail)(?:\|[^"]*)?"/i.test(code) ||
    has(/error|fail/i);
  if (errorSignal && (RATE.test(bare) || has(/error.*(rate|ratio)|(rate|ratio).*error/i))) kinds.add('error-rate');

  if (/\bhistogram_quantile\s*\(/.test(bare) || has(/^(?!scrape_|prometheus_)[\w:]*(_duration_|_latency|latency_|response_time)/i)) kinds.add('latency');

  const memory =
    has(
      /^(container_memory_\w+|container_spec_memory_limit_bytes|process_resident_memory_bytes|node_memory_\w+|jvm_memory_\w+|nodejs_heap_\w+|go_memstats_heap_\w+|container_oom_events_total)$/,
    ) ||
    (has(/^kube_pod_container_resource_(limits|requests)/) && /memory/.test(code)) ||
    /OOMKilled/.test(code) ||
    has(/(^|[_:])(memory|oom)([_:]|$)/i);
  if (memory) kinds.add('memory');
  return kinds;
}

/** Alert rules per run (its rule documents): five checks classify the same rules. */
const rulesOf = new WeakMap<readonly TreeDocument[], readonly AlertRuleInfo[]>();

/** Every alerting rule of the repository, classified, with recorded series expanded. */
export function alertRules(docs: readonly TreeDocument[]): readonly AlertRuleInfo[] {
  let rules = rulesOf.get(docs);
  if (!rules) rulesOf.set(docs, (rules = classifyRules(docs)));
  return rules;
}

function classifyRules(docs: readonly TreeDocument[]): AlertRuleInfo[] {
  const recorded = new Map<string, string>();
  for (const doc of docs) {
    for (const r of allRules(doc.root)) if (r.kind === 'record' && r.name && typeof r.rule.expr === 'string') recorded.set(r.name, r.rule.expr);
  }
  const expand = (expr: string, depth: number): string =>
    depth > 3 ? expr : expr.replace(IDENTIFIER, (id) => (recorded.has(id) ? `(${expand(recorded.get(id)!, depth + 1)}) ${id}` : id));
  const out: AlertRuleInfo[] = [];
  for (const doc of docs) {
    for (const r of allRules(doc.root)) {
      if (r.kind !== 'alert' || !r.name) continue;
      const expr = typeof r.rule.expr === 'string' ? r.rule.expr : typeof r.rule.expr === 'number' ? String(r.rule.expr) : '';
      out.push({ file: doc.file, name: r.name, kinds: classifyExpression(expand(expr, 0)) });
    }
  }
  return out;
}

export type AlertKindStatus = { applicable: false } | { applicable: true; covered: boolean; at: Loc; rulesFiles: number };

/**
 * Whether some alert detects `kind`. Not applicable to a repository with no rules that deploys no MCP server.
 * A missing alert is reported at the first rules file, or where missing things are reported.
 */
export function alertKindStatus(ctx: RepositoryContext<string, unknown>, kind: AlertKind): AlertKindStatus {
  const docs = ctx.prometheusRules;
  // Alerting is asked of a repository with rules of its own, or that deploys MCP servers.
  if (!docs.length && !deploysMcpServers({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes })) return { applicable: false };
  const covered = alertRules(docs).some((r) => r.kinds.has(kind));
  const first = docs[0];
  const at = first ? locate(first.root, ['groups'], first.root.keyLoc ?? first.root.loc) : missingLocation(ctx);
  return { applicable: true, covered, at, rulesFiles: new Set(docs.map((d) => d.file)).size };
}

/** "in monitoring/rules.yml" or "in a Prometheus rules file (none exists)" for messages. */
export function rulesWhere(ctx: RepositoryContext<string, unknown>): string {
  const files = [...new Set(ctx.prometheusRules.map((d) => d.file))];
  return files.length ? `in ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', ...' : ''}` : 'in a Prometheus rules file (the repository has none)';
}
