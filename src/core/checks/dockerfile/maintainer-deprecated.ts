import { defineCheck } from '../types';
import { locOf } from './_stages';

export default defineCheck({
  id: 'dockerfile/maintainer-deprecated',
  target: 'dockerfile',
  meta: {
    title: 'MAINTAINER is deprecated',
    category: 'operations',
    severity: 'info',
    rationale:
      'MAINTAINER has been deprecated since Docker 1.13; its value does not show up where registries, scanners and `docker inspect` look for image metadata. hadolint DL4000.',
    remediation: 'Replace it with an OCI label: `LABEL org.opencontainers.image.authors="team@example.com"`.',
    messages: { deprecated: 'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors' },
  },
  check(ctx) {
    for (const instr of ctx.dockerfile.getInstructions()) {
      if (instr.getKeyword() === 'MAINTAINER') ctx.report({ messageId: 'deprecated', at: locOf(ctx.file, instr) });
    }
  },
});
