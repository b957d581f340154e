import { defineCheck } from '../types';

export default defineCheck({
  id: 'dockerfile/user-root',
  target: 'dockerfile',
  meta: {
    title: 'Final stage runs as root',
    category: 'security',
    severity: 'warning',
    rationale:
      'Images run as root unless they switch user; a compromised MCP server then owns the container and any mounted volume. hadolint DL3002 flags a final USER root.',
    remediation: 'Create an unprivileged user and end the final stage with `USER <name>` or `USER 1001`.',
    messages: {
      noUser: 'the final stage never sets USER, so the container runs as root',
      rootUser: 'the final stage switches to USER {{user}}',
    },
  },
  check(ctx) {
    const froms = ctx.dockerfile.getFROMs();
    const last = froms[froms.length - 1];
    if (!last) return;
    const lastFromLine = last.getRange().start.line;
    const users = ctx.dockerfile.getInstructions().filter((i) => i.getKeyword() === 'USER' && i.getRange().start.line > lastFromLine);
    const final = users[users.length - 1];
    if (!final) {
      const r = last.getRange();
      ctx.report({ messageId: 'noUser', at: { file: ctx.file, line: r.start.line + 1, column: r.start.character + 1 } });
      return;
    }
    const user = final.getArgumentsContent()?.trim() ?? '';
    if (/^(root|0)(:.*)?$/.test(user)) {
      const r = final.getRange();
      ctx.report({ messageId: 'rootUser', data: { user }, at: { file: ctx.file, line: r.start.line + 1, column: r.start.character + 1 } });
    }
  },
});
