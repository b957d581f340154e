import { defineCheck } from '../types';
import { locOf, unquote } from './_stages';

export default defineCheck({
  id: 'dockerfile/workdir-relative',
  target: 'dockerfile',
  meta: {
    title: 'WORKDIR is a relative path',
    category: 'correctness',
    severity: 'warning',
    rationale:
      'A relative WORKDIR resolves against whatever the previous WORKDIR was, including one set in the base image, so the same Dockerfile can put files in different places when the base image changes. hadolint DL3000.',
    remediation: 'Use an absolute path: `WORKDIR /app`.',
    messages: { relative: 'WORKDIR {{path}} is relative; use an absolute path' },
  },
  check(ctx) {
    for (const instr of ctx.dockerfile.getInstructions()) {
      if (instr.getKeyword() !== 'WORKDIR') continue;
      const path = unquote(instr.getArgumentsContent() ?? '');
      if (!path || path.startsWith('/') || path.startsWith('$') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\')) continue;
      ctx.report({ messageId: 'relative', data: { path }, at: locOf(ctx.file, instr) });
    }
  },
});
