import { findMcpServices, listServices, type DeployedService } from '../../services/list-services';
import { defineCheck } from '../types';
import { scrapeJobsOf, scrapersOf } from './_scrape-coverage';

export default defineCheck({
  id: 'monitoring/service-scraped',
  target: 'repository',
  meta: {
    title: 'Service is not scraped by Prometheus',
    category: 'observability',
    severity: 'warning',
    operatedOnly: true,
    rationale:
      'A server Prometheus never scrapes has no `up` series: the service-down alert cannot fire for it, its dashboard panels stay empty and an outage is found by the users of the LLM gateway, not by on-call. New MCP servers are typically added to Compose without a scrape target; the Production Readiness Roadmap requires every MCP server to be monitored before it reaches production.',
    remediation:
      'Add the service to a scrape job: a static target `<service>:<metrics port>` on the shared network, a Docker SD job whose `keep` rule matches a label the service carries (e.g. `prometheus.io/scrape: "true"`), or, on Kubernetes, a ServiceMonitor/PodMonitor whose selector matches the Service or pods.',
    messages: {
      notScraped: '{{kind}} "{{service}}"{{where}} is not scraped by Prometheus: {{reason}}',
    },
  },
  check(ctx) {
    const sources = { config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes };
    // Every environment's version of a service: an override may change the labels discovery keys on.
    let subjects = findMcpServices(sources);
    let kind = 'MCP service';
    if (!subjects.length) {
      subjects = listServices(sources).filter((s) => s.platform === 'compose' && s.publishedPorts.length);
      kind = 'service';
    }
    if (!subjects.length) {
      ctx.notApplicable();
      return;
    }
    const jobs = scrapeJobsOf(ctx.prometheusConfigs);
    const monitors = ctx.kubernetes.some((o) => o.kind === 'ServiceMonitor' || o.kind === 'PodMonitor');
    // Without MCP servers, scraping is asked only of a repository that has Prometheus (or monitors) of its own.
    if (kind === 'service' && !jobs.length && !monitors) return ctx.notApplicable();
    const reported = new Set<string>();
    for (const s of subjects) {
      if (scrapersOf(s, jobs, ctx.kubernetes).length) continue;
      const key = deploymentKey(s);
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report({
        messageId: 'notScraped',
        data: {
          kind: s.platform === 'kubernetes' ? `${s.object?.kind ?? 'workload'} of ${kind}` : kind,
          service: s.name,
          where: whereOf(s),
          reason: reasonOf(s, jobs.length, monitors),
        },
        at: s.loc,
      });
    }
  },
});

function deploymentKey(s: DeployedService): string {
  return `${s.platform}|${s.stack ?? s.object?.namespace ?? ''}|${s.name}|${s.loc.file}:${s.loc.line}`;
}

function whereOf(s: DeployedService): string {
  return s.platform === 'compose' ? ` (stack ${s.stack})` : s.object?.namespace ? ` (namespace ${s.object.namespace})` : '';
}

function reasonOf(s: DeployedService, jobCount: number, hasMonitors: boolean): string {
  if (!jobCount && !(s.platform === 'kubernetes' && hasMonitors)) return 'the repository has no Prometheus scrape configuration';
  const port = (s.platform === 'kubernetes' ? s.servicePorts : s.containerPorts)[0];
  if (s.platform === 'kubernetes' && !s.hosts.length)
    return 'no Service selects its pods, so no ServiceMonitor or static target can reach it, and no PodMonitor or Kubernetes SD job of role pod selects it';
  if (s.platform === 'kubernetes')
    return `no static target, Kubernetes SD job, ServiceMonitor or PodMonitor selects it${port ? ` (e.g. a ServiceMonitor for its Service on port ${port})` : ''}`;
  return `no static target "${s.hosts[0]}:${port ?? '<port>'}" and no Docker SD job whose filters and keep rules match its labels`;
}
