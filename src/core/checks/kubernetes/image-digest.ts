import { isTemplated, parseImageReference } from '../../kubernetes/image-reference';
import { containersOf, objectLabel } from '../../kubernetes/objects';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/image-digest',
  target: 'kubernetes-object',
  meta: {
    title: 'Container image is not pinned by digest',
    category: 'supply-chain',
    severity: 'info',
    rationale:
      'Tags can be moved or overwritten in the registry, so `mcp-server:1.4.2` today may not be the image that was scanned and signed. A digest makes the deployment reproducible and is what admission policies (cosign, Kyverno verifyImages) check.',
    remediation:
      'Reference the image by digest, keeping the tag for readers: `ghcr.io/acme/mcp-server:1.4.2@sha256:<digest>` (Renovate and kustomize `images:` can maintain it).',
    messages: {
      noDigest: '{{object}}: container "{{container}}" image "{{image}}" is not pinned by digest',
    },
  },
  check(ctx) {
    for (const c of containersOf(ctx.object)) {
      const image = c.value.image;
      if (typeof image !== 'string' || !image.trim() || isTemplated(image)) continue;
      if (parseImageReference(image).digest) continue;
      ctx.report({ messageId: 'noDigest', data: { object: objectLabel(ctx.object), container: c.name, image }, at: [...c.path, 'image'] });
    }
  },
});
