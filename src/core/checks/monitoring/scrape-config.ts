import { getNode, toPlain } from '../../source/yaml-tree';
import { defineCheck } from '../types';
import { parsePrometheusDurationMs } from './_prometheus-duration';
import { isRecord } from './_rules';

const DEFAULT_SCRAPE_INTERVAL_MS = 60_000;
const HAS_PORT = /^\[[^\]]+\]:\d+$|^[^:[\]]+:\d+$/;

export default defineCheck({
  id: 'monitoring/scrape-config',
  target: 'prometheus-config',
  meta: {
    title: 'Scrape configuration problem',
    category: 'observability',
    severity: 'warning',
    rationale:
      'Prometheus refuses a config with a missing or duplicated job_name, or a scrape_timeout longer than the interval, and keeps running the old config after a reload, so new MCP services are never scraped. A static target without a port is scraped on port 80 (or 443), which exporters rarely listen on: the target shows as down and its alerts never fire.',
    remediation:
      'Give every scrape config a unique `job_name`, keep `scrape_timeout` at or below `scrape_interval`, and write static targets as `host:port` (e.g. `mcp-server:9464`).',
    messages: {
      missingJob: 'scrape config #{{index}} has no job_name',
      duplicateJob: 'job_name "{{job}}" is already used on line {{line}}',
      timeoutAboveInterval: '{{scope}} scrape_timeout {{timeout}} is longer than its scrape_interval {{interval}}',
      evaluationFaster: 'evaluation_interval {{evaluation}} is shorter than scrape_interval {{interval}}: rules re-evaluate the same samples',
      targetNoPort: 'static target "{{target}}" in job "{{job}}" has no port, so Prometheus scrapes the scheme\'s default port',
    },
  },
  check(ctx) {
    const global = toPlain(getNode(ctx.root, ['global']));
    const g = isRecord(global) ? global : {};
    const globalInterval = parsePrometheusDurationMs(g.scrape_interval) ?? DEFAULT_SCRAPE_INTERVAL_MS;
    const globalTimeout = parsePrometheusDurationMs(g.scrape_timeout);
    if (globalTimeout !== undefined && globalTimeout > globalInterval) {
      ctx.report({
        messageId: 'timeoutAboveInterval',
        data: { scope: 'global', timeout: String(g.scrape_timeout), interval: String(g.scrape_interval ?? '1m') },
        at: ['global', 'scrape_timeout'],
      });
    }
    const evaluation = parsePrometheusDurationMs(g.evaluation_interval);
    if (evaluation !== undefined && evaluation > 0 && evaluation < globalInterval) {
      ctx.report({
        messageId: 'evaluationFaster',
        data: { evaluation: String(g.evaluation_interval), interval: String(g.scrape_interval ?? '1m') },
        at: ['global', 'evaluation_interval'],
      });
    }

    const configs = toPlain(getNode(ctx.root, ['scrape_configs']));
    if (!Array.isArray(configs)) return;
    const jobLines = new Map<string, number>();
    configs.forEach((c, i) => {
      if (!isRecord(c)) return;
      const path = ['scrape_configs', i];
      const job = typeof c.job_name === 'string' && c.job_name.trim() !== '' ? c.job_name : undefined;
      if (!job) ctx.report({ messageId: 'missingJob', data: { index: i + 1 }, at: c.job_name !== undefined ? [...path, 'job_name'] : path });
      else {
        const first = jobLines.get(job);
        const node = getNode(ctx.root, [...path, 'job_name']);
        if (first !== undefined) ctx.report({ messageId: 'duplicateJob', data: { job, line: first }, at: [...path, 'job_name'] });
        else jobLines.set(job, node?.keyLoc?.line ?? node?.loc.line ?? 0);
      }
      const interval = parsePrometheusDurationMs(c.scrape_interval) ?? globalInterval;
      const timeout = parsePrometheusDurationMs(c.scrape_timeout);
      if (timeout !== undefined && timeout > interval) {
        ctx.report({
          messageId: 'timeoutAboveInterval',
          data: { scope: `job "${job ?? i + 1}"`, timeout: String(c.scrape_timeout), interval: String(c.scrape_interval ?? g.scrape_interval ?? '1m') },
          at: [...path, 'scrape_timeout'],
        });
      }
      // Relabelling can rewrite __address__ (the blackbox exporter pattern); ports are then not ours to judge.
      const relabels = Array.isArray(c.relabel_configs) ? c.relabel_configs : [];
      if (relabels.some((r) => isRecord(r) && r.target_label === '__address__')) return;
      const statics = Array.isArray(c.static_configs) ? c.static_configs : [];
      statics.forEach((s, si) => {
        if (!isRecord(s) || !Array.isArray(s.targets)) return;
        s.targets.forEach((t, ti) => {
          if (typeof t !== 'string' || t === '' || HAS_PORT.test(t)) return;
          ctx.report({ messageId: 'targetNoPort', data: { target: t, job: job ?? String(i + 1) }, at: [...path, 'static_configs', si, 'targets', ti] });
        });
      });
    });
  },
});
