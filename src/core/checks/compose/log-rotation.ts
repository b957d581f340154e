import { runsOnPodman } from './_podman';
import { defineCheck } from '../types';
import { isOneShotJob } from './_depends-on';

/** Drivers that keep logs on the host disk without rotating them unless told to. */
const UNROTATED = new Set(['json-file']);

export default defineCheck({
  id: 'compose/log-rotation',
  target: 'compose-service',
  meta: {
    title: 'Container logs are never rotated',
    category: 'operations',
    severity: 'warning',
    productionOnly: true,
    rationale:
      'Docker\'s default json-file driver keeps every log line forever: a chatty or looping MCP server fills /var/lib/docker and takes every container on the host down with "no space left on device". The `local` driver and remote drivers rotate or ship logs; json-file only with max-size. A stack run by Podman (podman-compose.yml, a podman/ directory, x-podman) without logging settings is not reported: Podman logs to journald on systemd hosts. (If /etc/docker/daemon.json already sets log-opts on every host, turn this check off.)',
    remediation:
      'Add `logging: { driver: json-file, options: { max-size: "10m", max-file: "3" } }` (a YAML anchor in `x-logging` keeps it short), or use `driver: local`. One-shot jobs that other services wait for (`condition: service_completed_successfully`) are not checked.',
    messages: {
      noLogging: 'service "{{service}}" uses the default json-file log driver without max-size, so its logs grow until the disk is full',
      noMaxSize: 'service "{{service}}" logs with the {{driver}} driver without options.max-size, so its logs grow until the disk is full',
    },
  },
  check(ctx) {
    // A one-shot job others wait for runs once: its log stops growing when it exits.
    if (isOneShotJob(ctx.stack.services, ctx.service.name)) return;
    const logging = ctx.service.value.logging;
    const data = { service: ctx.service.name };
    // Podman's default driver is journald (rotated by the journal) or k8s-file, not Docker's json-file.
    if (!logging || typeof logging !== 'object' || Array.isArray(logging)) {
      if (runsOnPodman(ctx.stack)) return;
      ctx.report({ messageId: 'noLogging', data, at: ['logging'] });
      return;
    }
    const l = logging as Record<string, unknown>;
    const driver = typeof l.driver === 'string' && l.driver.trim() ? l.driver.trim() : 'json-file';
    if (!UNROTATED.has(driver)) return;
    const options = l.options && typeof l.options === 'object' ? (l.options as Record<string, unknown>) : {};
    const maxSize = options['max-size'];
    if (maxSize === undefined || maxSize === null || maxSize === '' || maxSize === '-1') {
      ctx.report({ messageId: 'noMaxSize', data: { ...data, driver }, at: ['logging', 'options'] });
    }
  },
});
