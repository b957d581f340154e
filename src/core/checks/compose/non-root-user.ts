import { runsWindowsContainer } from './_windows';
import { defaultImageUser } from '../../services/image-users';
import { looksLikeMcpServer } from '../../services/list-services';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'compose/non-root-user',
  target: 'compose-service',
  meta: {
    title: 'Service may run as root',
    category: 'security',
    severity: 'warning',
    rationale:
      "Most images run as root unless told otherwise; a compromised MCP server then owns the container, every mounted volume and, through any kernel bug, the host. kube-linter (run-as-non-root) and Polaris (runAsRootAllowed) flag the Kubernetes equivalent. Services built from a local Dockerfile are only reported for an explicit root `user:`, because their USER is checked by dockerfile/user-root; nor are images known not to run their server as root (postgres, redis, mysql, mariadb, mongo and rabbitmq step down in their entrypoint; grafana, prometheus, the OpenTelemetry collector, n8n, bitnami images and others set a non-root USER). Without a user, the warning is for images known to run as root (official base, language and web-server images, common tools, distroless without its nonroot tag) and for MCP servers; any other image's user is in the image, which validate does not pull, so that finding is info. Windows containers are not checked (runsWindowsContainer: `platform: windows`, `isolation:`, a Windows base image, the `nat` network or a `windows/` directory): they have no root user (their users are ContainerAdministrator and ContainerUser).",
    remediation: 'Set `user: "1001:1001"` (a UID the image supports), or build the image with a non-root `USER`.',
    messages: {
      noUser: 'service "{{service}}" sets no user, so it runs as the image\'s default user (root for most images)',
      unknownImage: 'service "{{service}}" sets no user, and whether image {{image}} runs as root is not known here: set `user:`, or check the image\'s USER',
      rootUser: 'service "{{service}}" runs as root (user: {{user}})',
    },
  },
  check(ctx) {
    if (runsWindowsContainer(ctx.stack, ctx.service)) return;
    const v = ctx.service.value;
    const data = { service: ctx.service.name };
    const user = v.user;
    if (user === undefined || user === null || user === '') {
      const image = typeof v.image === 'string' ? v.image.trim() : '';
      const imageUser = defaultImageUser(image);
      if (v.build !== undefined || imageUser === 'non-root') return;
      // Root is certain for images known to run as root (and an MCP server is where it matters most);
      // for any other image the user is in the image, which is not pulled: a note, not a warning.
      if (!image || imageUser === 'root' || looksLikeMcpServer({ name: ctx.service.name, hosts: [], images: [image] })) {
        ctx.report({ messageId: 'noUser', data, at: [] });
      } else ctx.report({ messageId: 'unknownImage', data: { ...data, image }, at: [], atInfo: true });
      return;
    }
    const text = String(user).trim();
    if (/^(root|0)(:.*)?$/.test(text)) ctx.report({ messageId: 'rootUser', data: { ...data, user: text }, at: ['user'] });
  },
});
