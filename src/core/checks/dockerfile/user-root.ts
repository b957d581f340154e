import { defaultImageUser } from '../../services/image-users';
import { defineCheck } from '../types';
import { resolvedImageOf } from './_image-ref';
import { locOf, shippedStages, stagesOf } from './_stages';

export default defineCheck({
  id: 'dockerfile/user-root',
  target: 'dockerfile',
  meta: {
    title: 'Final stage runs as root',
    category: 'security',
    severity: 'warning',
    rationale:
      "Images run as root unless they switch user; a compromised MCP server then owns the container and any mounted volume. hadolint DL3002 flags a final USER root. The final stage inherits the USER of the stage it is built FROM, and of its base image: a base known to run as non-root (distroless nonroot, Chainguard, bitnami, grafana, official images whose entrypoint steps down) needs no USER, one known to run as root (official OS, language and web-server images, scratch) gets the warning, and any other base's user is in the image, which validate does not pull: that finding is info.",
    remediation: 'Create an unprivileged user and end the final stage with `USER <name>` or `USER 1001`.',
    messages: {
      noUser: 'the final stage never sets USER, so the container runs as root',
      unknownBase: "the final stage never sets USER, and whether its base image {{image}} runs as root is not known here: set USER, or check the base image's",
      rootUser: 'the final stage switches to USER {{user}}',
    },
  },
  check(ctx) {
    // The final stage and the stages it is built FROM, final first: the last USER among them wins.
    const chain = shippedStages(stagesOf(ctx.dockerfile));
    const [last] = chain;
    if (!last) return;
    for (const stage of chain) {
      const final = stage.instructions.findLast((i) => i.getKeyword() === 'USER');
      if (!final) continue;
      const user = final.getArgumentsContent()?.trim() ?? '';
      if (/^(root|0)(:.*)?$/.test(user)) ctx.report({ messageId: 'rootUser', data: { user }, at: locOf(ctx.file, final) });
      return;
    }
    // No USER anywhere: the base image's user.
    const first = chain[chain.length - 1];
    const base = resolvedImageOf(ctx.dockerfile, first);
    const at = locOf(ctx.file, last.from);
    const user = base === undefined ? 'unknown' : defaultImageUser(base);
    if (user === 'non-root') return;
    if (user === 'root') ctx.report({ messageId: 'noUser', at });
    else ctx.report({ messageId: 'unknownBase', data: { image: base ?? first.from.getImage() ?? '(none)' }, at, atInfo: true });
  },
});
