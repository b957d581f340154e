import { runsWindowsContainer } from './_windows';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'compose/cap-drop-all',
  target: 'compose-service',
  meta: {
    title: 'Service keeps the default Linux capabilities',
    category: 'security',
    severity: 'warning',
    rationale:
      'Docker grants 14 capabilities by default (CHOWN, DAC_OVERRIDE, NET_RAW, SETUID, ...); an MCP server needs none of them, and each one widens what an attacker can do after code execution (NET_RAW alone allows ARP/DNS spoofing on the bridge network). The Kubernetes restricted Pod Security Standard requires dropping ALL, and Polaris (insecureCapabilities) flags the defaults. Windows containers are not checked (runsWindowsContainer: `platform: windows`, `isolation:`, a Windows base image, the `nat` network or a `windows/` directory): they have no Linux capabilities.',
    remediation: 'Add `cap_drop: [ALL]` and add back only what the service needs, e.g. `cap_add: [NET_BIND_SERVICE]`.',
    messages: {
      notDropped: 'service "{{service}}" does not drop all capabilities (cap_drop: [ALL])',
    },
  },
  check(ctx) {
    if (runsWindowsContainer(ctx.stack, ctx.service)) return;
    const drop = ctx.service.value.cap_drop;
    const dropsAll = Array.isArray(drop) && drop.some((c) => typeof c === 'string' && /^(CAP_)?ALL$/i.test(c.trim()));
    if (!dropsAll) ctx.report({ messageId: 'notDropped', data: { service: ctx.service.name }, at: ['cap_drop'] });
  },
});
