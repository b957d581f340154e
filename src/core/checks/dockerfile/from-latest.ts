import { defineCheck } from '../types';
import { externalImageOf } from './_image-ref';
import { locOf, stagesOf } from './_stages';

export default defineCheck({
  id: 'dockerfile/from-latest',
  target: 'dockerfile',
  meta: {
    title: 'Base image is untagged or uses :latest',
    category: 'supply-chain',
    severity: 'warning',
    rationale:
      'An untagged or `:latest` base image changes under you: two builds of the same commit produce different images, a rollback rebuild can pull a broken release, and the change never shows up in review. hadolint DL3006 (always tag the image) and DL3007 (do not use latest).',
    remediation:
      'Pin the base image to a version tag such as `FROM node:20.18-bookworm-slim`, ideally with a digest (`@sha256:...`) kept current by Renovate or Dependabot.',
    messages: {
      untagged: 'FROM {{image}} has no tag, so it resolves to :latest and changes between builds',
      latest: 'FROM {{image}} uses the moving :latest tag',
    },
  },
  check(ctx) {
    const stages = stagesOf(ctx.dockerfile);
    for (const stage of stages) {
      const ref = externalImageOf(ctx.dockerfile, stages, stage);
      if (!ref || ref.digest) continue;
      if (ref.tag === undefined) ctx.report({ messageId: 'untagged', data: { image: ref.image }, at: locOf(ctx.file, stage.from) });
      else if (ref.tag.toLowerCase() === 'latest') ctx.report({ messageId: 'latest', data: { image: ref.image }, at: locOf(ctx.file, stage.from) });
    }
  },
});
