import { defineCheck } from '../types';
import { parseImageRef } from './_image-ref';

export default defineCheck({
  id: 'compose/image-latest-tag',
  target: 'compose-service',
  meta: {
    title: 'Image is not pinned to a version',
    category: 'supply-chain',
    severity: 'error',
    rationale:
      "An image without a tag, or with `latest`, deploys whatever was pushed last: a redeploy or a host pulling fresh can silently change the MCP server's version, and a rollback has nothing to go back to. kube-linter (latest-tag), Polaris (tagNotSpecified) and hadolint DL3007 flag it. Services with `build:` are skipped: their `image:` names the local build result.",
    remediation: 'Pin a version tag, e.g. `image: ghcr.io/acme/mcp-server:1.4.2` (or `${MCP_VERSION}` set per environment), ideally with a digest.',
    messages: {
      noTag: 'service "{{service}}" uses image "{{image}}" without a tag (implicitly :latest)',
      latest: 'service "{{service}}" uses image "{{image}}" with the mutable :latest tag',
      emptyTag: 'service "{{service}}" uses image "{{image}}" with an empty tag (is its ${VARIABLE} unset?)',
    },
  },
  check(ctx) {
    const v = ctx.service.value;
    if (typeof v.image !== 'string' || v.build !== undefined) return;
    const image = v.image.trim();
    if (!image) return;
    const ref = parseImageRef(image);
    const data = { service: ctx.service.name, image };
    if (ref.digest) return;
    if (ref.tag === undefined) ctx.report({ messageId: 'noTag', data, at: ['image'] });
    else if (ref.tag === '') ctx.report({ messageId: 'emptyTag', data, at: ['image'] });
    else if (ref.tag.toLowerCase() === 'latest') ctx.report({ messageId: 'latest', data, at: ['image'] });
  },
});
