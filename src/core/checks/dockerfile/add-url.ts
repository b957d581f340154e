import { defineCheck } from '../types';
import { addSpecOf, isUrl } from './_add-sources';
import { locOf } from './_stages';

export default defineCheck({
  id: 'dockerfile/add-url',
  target: 'dockerfile',
  meta: {
    title: 'ADD downloads a URL without a checksum',
    category: 'supply-chain',
    severity: 'warning',
    rationale:
      'ADD <url> fetches whatever the server returns at build time, with no integrity check: a compromised or changed download goes straight into the image, and the build is not reproducible. hadolint recommends curl/wget with verification instead (DL3020 family).',
    remediation:
      'Verify the download: `ADD --checksum=sha256:<hash> <url> <dest>` (Dockerfile syntax 1.6+), or `RUN curl -fsSLo /tmp/x <url> && echo "<hash>  /tmp/x" | sha256sum -c -`.',
    messages: { url: 'ADD downloads {{url}} without --checksum' },
  },
  check(ctx) {
    for (const instr of ctx.dockerfile.getInstructions()) {
      if (instr.getKeyword() !== 'ADD') continue;
      const spec = addSpecOf(instr);
      if (spec.isHeredoc || spec.flags.has('checksum')) continue;
      for (const src of spec.sources) {
        if (isUrl(src)) ctx.report({ messageId: 'url', data: { url: src.replace(/\/\/[^/@]*@/, '//***@') }, at: locOf(ctx.file, instr) });
      }
    }
  },
});
