import { defineCheck } from '../types';
import { runCommands } from './_shell';
import { locOf, runInstructions } from './_stages';

export default defineCheck({
  id: 'dockerfile/cd-in-run',
  target: 'dockerfile',
  meta: {
    title: 'RUN changes directory with cd',
    category: 'operations',
    severity: 'info',
    rationale:
      '`cd` only lasts for one RUN, so later instructions silently run elsewhere, and the next reader has to trace the working directory by hand. WORKDIR is explicit and persists. hadolint DL3003.',
    remediation: "Set the directory with `WORKDIR /path` before the RUN, or use the tool's own option (`make -C dir`, `npm --prefix dir`, `tar -C dir`).",
    messages: { cd: 'RUN uses `cd {{dir}}`; use WORKDIR' },
  },
  check(ctx) {
    const escape = ctx.dockerfile.getEscapeCharacter();
    for (const run of runInstructions(ctx.dockerfile.getInstructions())) {
      const cd = runCommands(run, escape).find((c) => c.name === 'cd' && c.words.length > 1 && c.words[1] !== '-');
      if (cd) ctx.report({ messageId: 'cd', data: { dir: cd.words[1] }, at: locOf(ctx.file, run) });
    }
  },
});
