import { getNode, locate, toPlain, type Loc, type TreeNode } from '../../source/yaml-tree';
import { defineCheck, type RepositoryContext } from '../types';
import { alertRules } from './_alert-coverage';
import { isRecord } from './_rules';

interface AlertmanagerConfig {
  file: string;
  route: unknown;
  receivers: unknown;
  /** The receivers key, or the document. */
  loc: Loc;
}

export default defineCheck({
  id: 'monitoring/alertmanager-configured',
  target: 'repository',
  meta: {
    title: 'Alerts are not routed to anyone',
    category: 'observability',
    severity: 'warning',
    rationale:
      'Prometheus evaluates alert rules whether or not anyone receives them: without `alerting.alertmanagers` the alerts only show on the Prometheus UI, and an Alertmanager whose route ends in a receiver without any *_configs (a "null" receiver) swallows them. Either way the MCP server-down alert fires into the void.',
    remediation:
      'Point Prometheus at Alertmanager (`alerting: { alertmanagers: [{ static_configs: [{ targets: ["alertmanager:9093"] }] }] }`) and commit an alertmanager.yml whose route leads to a receiver with slack_configs, pagerduty_configs, email_configs or webhook_configs (credentials from *_file settings).',
    messages: {
      notSent: 'Prometheus config {{file}} has alert rules to evaluate but no alerting.alertmanagers: alerts are never sent',
      noAlertmanagerConfig:
        'alert rules exist but the repository has no Alertmanager configuration (a file with route and receivers, or an AlertmanagerConfig resource)',
      nullReceivers: 'Alertmanager config {{file}} routes alerts only to receivers without notification configs ({{receivers}}): alerts are dropped',
    },
  },
  check(ctx) {
    if (!alertRules(ctx.prometheusRules).length) return ctx.notApplicable();
    const firstRules = ctx.prometheusRules[0];
    const rulesLoc = locate(firstRules.root, ['groups'], firstRules.root.keyLoc ?? firstRules.root.loc);

    const configs = ctx.prometheusConfigs;
    const prometheusResources = ctx.kubernetes.filter((o) => o.kind === 'Prometheus');
    const sends =
      configs.some((c) => nonEmpty(toPlain(getNode(c.root, ['alerting', 'alertmanagers'])))) ||
      prometheusResources.some((o) => nonEmpty(o.value.spec?.alerting?.alertmanagers));
    // Rules only as PrometheusRule resources, and no Prometheus config or resource here: the operator's Prometheus (kube-prometheus-stack) sends them.
    const operatorManaged = !configs.length && !prometheusResources.length && ctx.prometheusRules.every((d) => d.basePath[0] === 'spec');
    if (!sends && !operatorManaged) {
      const c = configs[0];
      if (c) ctx.report({ messageId: 'notSent', data: { file: c.file }, at: locate(c.root, ['alerting', 'alertmanagers'], c.root.loc) });
      else {
        const o = prometheusResources[0];
        ctx.report({
          messageId: 'notSent',
          data: { file: o ? `${o.file} (Prometheus ${o.name})` : firstRules.file },
          at: o ? locate(o.root, ['spec', 'alerting'], o.loc) : rulesLoc,
        });
      }
    }

    const alertmanagers = findAlertmanagerConfigs(ctx);
    if (!alertmanagers.length) {
      ctx.report({ messageId: 'noAlertmanagerConfig', at: configs[0] ? locate(configs[0].root, ['alerting'], configs[0].root.loc) : rulesLoc });
      return;
    }
    if (alertmanagers.some(routesToRealReceiver)) return;
    const am = alertmanagers[0];
    const names = Array.isArray(am.receivers) ? am.receivers.map((r) => (isRecord(r) && typeof r.name === 'string' ? r.name : '?')) : [];
    ctx.report({ messageId: 'nullReceivers', data: { file: am.file, receivers: names.join(', ') || 'none defined' }, at: am.loc });
  },
});

function nonEmpty(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0;
}

function findAlertmanagerConfigs(ctx: RepositoryContext<string, unknown>): AlertmanagerConfig[] {
  const out: AlertmanagerConfig[] = [];
  const add = (file: string, holder: TreeNode | undefined, fallback: Loc): void => {
    const v = toPlain(holder);
    if (!isRecord(v) || !('receivers' in v) || !('route' in v)) return;
    out.push({ file, route: v.route, receivers: v.receivers, loc: locate(holder, ['receivers'], fallback) });
  };
  for (const obj of ctx.kubernetes) {
    if (obj.kind === 'AlertmanagerConfig') add(obj.file, getNode(obj.root, ['spec']), obj.loc);
  }
  for (const file of ctx.paths) {
    if (!/\.ya?ml$/i.test(file) || !/^\s*(receivers|alertmanager)\s*:/m.test(ctx.read(file) ?? '')) continue;
    for (const doc of ctx.yaml(file)?.documents ?? []) {
      if (doc.root?.kind !== 'map' || doc.root.entries.has('apiVersion')) continue;
      add(file, doc.root, doc.root.loc);
      // Helm values of kube-prometheus-stack: alertmanager.config.
      add(file, getNode(doc.root, ['alertmanager', 'config']), doc.root.loc);
    }
  }
  return out;
}

/** Whether the route tree leads to at least one receiver that has a notification config. */
function routesToRealReceiver(am: AlertmanagerConfig): boolean {
  const real = new Set<string>();
  if (Array.isArray(am.receivers)) {
    for (const r of am.receivers) {
      if (!isRecord(r) || typeof r.name !== 'string') continue;
      if (Object.entries(r).some(([k, v]) => /Configs$|_configs$/.test(k) && nonEmpty(v))) real.add(r.name);
    }
  }
  const reached: string[] = [];
  const walk = (route: unknown, depth: number): void => {
    if (!isRecord(route) || depth > 20) return;
    if (typeof route.receiver === 'string') reached.push(route.receiver);
    if (Array.isArray(route.routes)) route.routes.forEach((r) => walk(r, depth + 1));
  };
  walk(am.route, 0);
  return reached.some((r) => real.has(r));
}
