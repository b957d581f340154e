import { defineCheck } from '../types';
import { runCommands } from './_shell';
import { locOf, runInstructions } from './_stages';

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', 'ksh']);
const DOWNLOADERS = new Set(['curl', 'wget']);

export default defineCheck({
  id: 'dockerfile/curl-pipe-shell',
  target: 'dockerfile',
  meta: {
    title: 'RUN pipes a download into a shell',
    category: 'supply-chain',
    severity: 'warning',
    rationale:
      "`curl ... | sh` runs whatever the server (or anyone between it and the builder) returns at build time, unverified and unpinned; a compromised install script lands directly in the image. A failed download can also run a truncated script, since the pipeline exit status is the shell's.",
    remediation:
      'Download to a file, verify its checksum or signature, then run it: `curl -fsSLo /tmp/install.sh <url> && echo "<sha256>  /tmp/install.sh" | sha256sum -c - && sh /tmp/install.sh`. Prefer a pinned package or a COPY --from of an official image.',
    messages: { pipe: '{{downloader}} output is piped straight into {{shell}}' },
  },
  check(ctx) {
    const escape = ctx.dockerfile.getEscapeCharacter();
    for (const run of runInstructions(ctx.dockerfile.getInstructions())) {
      const cmds = runCommands(run, escape);
      let found: { downloader: string; shell: string } | undefined;
      cmds.forEach((c, i) => {
        if (found) return;
        if (DOWNLOADERS.has(c.name)) {
          const shell = cmds.slice(i + 1).find((d) => d.raw.pipeline === c.raw.pipeline && SHELLS.has(d.name));
          if (shell) found = { downloader: c.name, shell: shell.name };
        } else if (SHELLS.has(c.name)) {
          // sh -c "$(curl -fsSL https://...)"
          const sub = c.words
            .slice(1)
            .map((w) => /\$\(\s*(curl|wget)\b|`\s*(curl|wget)\b/.exec(w))
            .find(Boolean);
          if (sub) found = { downloader: sub[1] ?? sub[2], shell: c.name };
        }
      });
      if (found) ctx.report({ messageId: 'pipe', data: found, at: locOf(ctx.file, run) });
    }
  },
});
