import { findMcpServices, servicesByName } from '../../services/list-services';
import { toPlain } from '../../source/yaml-tree';
import { defineCheck } from '../types';
import { dashboardPanels } from './_dashboard-panels';
import { isRecord } from './_rules';
import { scrapeJobsOf, scrapersOf } from './_scrape-coverage';

interface DashboardText {
  /** Queries, titles and variable values. */
  texts: string[];
  /** Whole-value regular expressions (a variable's regex and allValue). */
  regexes: string[];
}

export default defineCheck({
  id: 'monitoring/dashboard-per-service',
  target: 'repository',
  meta: {
    title: 'MCP service has no Grafana dashboard',
    category: 'observability',
    severity: 'warning',
    operatedOnly: true,
    rationale:
      'When an alert fires, on-call opens the dashboard to see which server, since when and how bad. A server that no panel, title or variable covers has to be debugged from raw PromQL at the worst moment, and regressions after a deploy go unseen. The roadmap asks for a panel per MCP service (health, tool-call rate, errors, resources).',
    remediation:
      'Add the service to a provisioned dashboard: a panel whose query selects it (`up{job="mcp", mcp_server="mcp-fetch"}`), or a template variable whose query or values include it (e.g. `label_values(up{job="mcp"}, mcp_server)` when the job scrapes it).',
    messages: {
      missing: 'MCP service "{{service}}" appears in no Grafana dashboard ({{checked}}): no panel query, panel title or template variable selects it',
    },
  },
  check(ctx) {
    const all = findMcpServices({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes });
    if (!all.length) return ctx.notApplicable();
    const dashboards = ctx.dashboards.map((d) => dashboardText(toPlain(d.root)));
    const jobs = scrapeJobsOf(ctx.prometheusConfigs);
    const checked = ctx.dashboards.length
      ? `${ctx.dashboards.length} dashboard${ctx.dashboards.length === 1 ? '' : 's'} checked`
      : 'the repository has no dashboard JSON';
    for (const { first, deployments, hosts } of servicesByName(all)) {
      const jobNames = [...new Set(deployments.flatMap((s) => scrapersOf(s, jobs, ctx.kubernetes).map((j) => j.job)))];
      if (dashboards.some((d) => covers(d, hosts, jobNames))) continue;
      ctx.report({ messageId: 'missing', data: { service: first.name, checked }, at: first.loc });
    }
  },
});

function dashboardText(dashboard: unknown): DashboardText {
  const out: DashboardText = { texts: [], regexes: [] };
  if (!isRecord(dashboard)) return out;
  const addAll = (v: unknown): void => {
    if (typeof v === 'string') out.texts.push(v);
    else if (Array.isArray(v)) v.forEach(addAll);
  };
  for (const { panel } of dashboardPanels(dashboard)) {
    addAll(panel.title);
    if (!Array.isArray(panel.targets)) continue;
    for (const t of panel.targets) if (isRecord(t)) [t.expr, t.expression, t.query].forEach(addAll);
  }
  const list = isRecord(dashboard.templating) && Array.isArray(dashboard.templating.list) ? dashboard.templating.list : [];
  for (const v of list) {
    if (!isRecord(v)) continue;
    addAll(v.definition);
    addAll(isRecord(v.query) ? v.query.query : v.query);
    for (const holder of [v.current, ...(Array.isArray(v.options) ? v.options : [])]) if (isRecord(holder)) [holder.text, holder.value].forEach(addAll);
    for (const re of [v.regex, v.allValue]) if (typeof re === 'string' && re) out.regexes.push(re.replace(/^\/(.*)\/[a-z]*$/, '$1'));
  }
  return out;
}

function covers(d: DashboardText, hosts: string[], jobs: string[]): boolean {
  const named = (text: string, name: string): boolean => new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, 'i').test(text);
  const matchers = d.texts.flatMap((t) => [...t.matchAll(/(\w+)\s*(=~|=)\s*"((?:[^"\\]|\\.)*)"/g)].map((m) => ({ label: m[1], op: m[2], value: m[3] })));
  if (d.texts.some((t) => hosts.some((h) => named(t, h)))) return true;
  const regexes = [...d.regexes, ...matchers.filter((m) => m.op === '=~').map((m) => m.value)];
  if (regexes.some((re) => !isWildcard(re) && hosts.some((h) => fullMatch(re, h)))) return true;
  return matchers.some((m) => m.label === 'job' && jobs.some((j) => (m.op === '=' ? m.value === j : !isWildcard(m.value) && fullMatch(m.value, j))));
}

function isWildcard(re: string): boolean {
  return re.includes('$') || /^(\.[*+]\??)?$/.test(re.trim());
}

function fullMatch(source: string, text: string): boolean {
  try {
    return new RegExp(`^(?:${source.replace(/\\\\/g, '\\')})$`).test(text);
  } catch {
    return false;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
