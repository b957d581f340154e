import { defineCheck } from '../types';
import { addSpecOf, isArchive, isGitSource, isUrl } from './_add-sources';
import { locOf } from './_stages';

export default defineCheck({
  id: 'dockerfile/add-instead-of-copy',
  target: 'dockerfile',
  meta: {
    title: 'ADD used to copy local files',
    category: 'correctness',
    severity: 'info',
    rationale:
      'ADD silently extracts anything that looks like a local tar archive and can fetch URLs; for plain files it does what COPY does, with surprises. Using COPY makes the intent explicit. hadolint DL3020.',
    remediation: 'Replace `ADD <src> <dest>` with `COPY <src> <dest>`; keep ADD only for local archives you want extracted.',
    messages: { useCopy: 'ADD {{source}} copies a local file; use COPY' },
  },
  check(ctx) {
    for (const instr of ctx.dockerfile.getInstructions()) {
      if (instr.getKeyword() !== 'ADD') continue;
      const spec = addSpecOf(instr);
      if (spec.isHeredoc) continue;
      const local = spec.sources.filter((s) => !isUrl(s) && !isGitSource(s) && !isArchive(s) && !s.includes('$'));
      if (local.length) ctx.report({ messageId: 'useCopy', data: { source: local.join(' ') }, at: locOf(ctx.file, instr) });
    }
  },
});
