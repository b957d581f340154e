import { runsWindowsContainer } from './_windows';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'compose/read-only-rootfs',
  target: 'compose-service',
  meta: {
    title: 'Container root filesystem is writable',
    category: 'security',
    severity: 'info',
    rationale:
      'With a writable root filesystem an attacker who gets code execution in the MCP server can drop tools, patch binaries and persist across process restarts. A read-only root with explicit tmpfs/volumes for the paths that must be written also documents where state lives. kube-linter (no-read-only-root-fs) and Polaris (notReadOnlyRootFilesystem) flag the Kubernetes equivalent. Windows containers are not checked (runsWindowsContainer: `platform: windows`, `isolation:`, a Windows base image, the `nat` network or a `windows/` directory): they have no read-only root filesystem in Docker.',
    remediation: 'Set `read_only: true` and mount writable paths explicitly, e.g. `tmpfs: [/tmp]` and a volume for data.',
    messages: {
      writable: 'service "{{service}}" does not set read_only: true',
    },
  },
  check(ctx) {
    if (runsWindowsContainer(ctx.stack, ctx.service)) return;
    const ro = ctx.service.value.read_only;
    if (ro === true || (typeof ro === 'string' && /^(true|yes|on)$/i.test(ro.trim()))) return;
    ctx.report({ messageId: 'writable', data: { service: ctx.service.name }, at: ['read_only'] });
  },
});
