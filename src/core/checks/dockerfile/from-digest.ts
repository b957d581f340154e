import { defineCheck } from '../types';
import { externalImageOf } from './_image-ref';
import { locOf, stagesOf } from './_stages';

export default defineCheck({
  id: 'dockerfile/from-digest',
  target: 'dockerfile',
  meta: {
    title: 'Base image is not pinned by digest',
    category: 'supply-chain',
    severity: 'info',
    rationale:
      'Tags are mutable: a registry compromise or an upstream re-push changes what `node:20` means without any change in your repository. A digest makes the build reproducible and the base image reviewable (the same advice as the OpenSSF Scorecard "Pinned-Dependencies" check).',
    remediation:
      'Append the digest to the tag, e.g. `FROM node:20.18-bookworm-slim@sha256:<digest>` (from `docker buildx imagetools inspect`), and let Renovate or Dependabot update it.',
    messages: { notPinned: 'FROM {{image}} is not pinned by digest' },
  },
  check(ctx) {
    const stages = stagesOf(ctx.dockerfile);
    for (const stage of stages) {
      const ref = externalImageOf(ctx.dockerfile, stages, stage);
      if (!ref || ref.digest) continue;
      ctx.report({ messageId: 'notPinned', data: { image: ref.image }, at: locOf(ctx.file, stage.from) });
    }
  },
});
