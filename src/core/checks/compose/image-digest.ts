import { defineCheck } from '../types';
import { parseImageRef } from './_image-ref';

export default defineCheck({
  id: 'compose/image-digest',
  target: 'compose-service',
  meta: {
    title: 'Image is pinned by tag but not by digest',
    category: 'supply-chain',
    severity: 'info',
    rationale:
      'Tags are mutable: a compromised registry account or a re-pushed tag changes what `mcp-server:1.4.2` means without any change in the repository. A digest pins the exact bytes that were reviewed and scanned. hadolint DL3006/DL3007 and the SLSA guidance recommend digests for production images.',
    remediation: 'Append the digest: `image: ghcr.io/acme/mcp-server:1.4.2@sha256:<digest>` (Renovate and Dependabot keep both up to date).',
    messages: {
      noDigest: 'service "{{service}}" pins image "{{image}}" by tag only, not by digest',
    },
  },
  check(ctx) {
    const v = ctx.service.value;
    if (typeof v.image !== 'string' || v.build !== undefined) return;
    const ref = parseImageRef(v.image.trim());
    // Untagged and :latest images are compose/image-latest-tag's finding.
    if (ref.digest || !ref.tag || ref.tag.toLowerCase() === 'latest') return;
    ctx.report({ messageId: 'noDigest', data: { service: ctx.service.name, image: v.image.trim() }, at: ['image'] });
  },
});
