import { defineCheck } from '../types';
import { normalizeHostPath, volumeMountsOf } from './_volume-mounts';

/** Host directories whose writable mount lets a container change the host itself. */
const SYSTEM_DIRS = new Set([
  '/',
  '/etc',
  '/root',
  '/proc',
  '/sys',
  '/boot',
  '/dev',
  '/usr',
  '/lib',
  '/lib64',
  '/bin',
  '/sbin',
  '/var',
  '/var/lib',
  '/var/lib/docker',
  '/var/lib/containerd',
  '/var/lib/kubelet',
  '/var/run',
  '/run',
  '/home',
  '/etc/docker',
  '/etc/systemd',
  '/etc/kubernetes',
]);
/**
 * Credentials: even a read-only mount hands them out. root's home and its dotfiles are; a directory
 * an application keeps under it (`/root/n8n/.n8n`) is that application's data, not root's.
 */
const CREDENTIALS = /(^|\/)\.(ssh|aws|kube|docker|gnupg|azure|config\/gcloud)(\/|$)|^\/root\/?$|^\/root\/\.|^\/etc\/(shadow|gshadow|sudoers|ssh)(\/|$)/;

export default defineCheck({
  id: 'compose/sensitive-host-mount',
  target: 'compose-service',
  meta: {
    title: 'Service mounts a sensitive host path',
    category: 'security',
    severity: 'error',
    rationale:
      "A writable bind mount of /, /etc, /root, /proc, /sys or /var/lib/docker lets a compromised container rewrite host configuration (cron, systemd units, sudoers) and take over the host; a mount of ~/.ssh, ~/.aws or ~/.kube hands out the host's credentials even read-only. Read-only mounts of system directories (node-exporter's /proc and /sys) are not reported. kube-linter (sensitive-host-mounts) and Polaris (hostPathSet) flag the Kubernetes equivalent.",
    remediation:
      'Mount only the file or sub-directory the service needs, read-only (`/etc/localtime:/etc/localtime:ro`), or use a named volume; pass credentials as Compose secrets instead of mounting credential directories.',
    messages: {
      writable: 'service "{{service}}" mounts host path {{source}} writable',
      credentials: 'service "{{service}}" mounts host credentials from {{source}}',
    },
  },
  check(ctx) {
    for (const m of volumeMountsOf(ctx.service.value.volumes)) {
      if (m.type !== 'bind' || !m.source) continue;
      const source = normalizeHostPath(m.source);
      const data = { service: ctx.service.name, source };
      if (CREDENTIALS.test(source)) ctx.report({ messageId: 'credentials', data, at: ['volumes', m.index] });
      else if (SYSTEM_DIRS.has(source) && !m.isReadOnly) ctx.report({ messageId: 'writable', data, at: ['volumes', m.index] });
    }
  },
});
