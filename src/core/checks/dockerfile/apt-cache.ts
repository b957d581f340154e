import { defineCheck } from '../types';
import { hasSubcommand, runCommands } from './_shell';
import { hasCacheMount, locOf, runInstructions, shippedStages, stagesOf } from './_stages';

export default defineCheck({
  id: 'dockerfile/apt-cache',
  target: 'dockerfile',
  meta: {
    title: 'apt-get lists are left in the image',
    category: 'resources',
    severity: 'warning',
    rationale:
      'The package lists downloaded by `apt-get update` add tens of megabytes to the layer that installs packages, on every pull and every node; deleting them in a later RUN does not shrink the earlier layer. hadolint DL3009. Builder stages are not checked: their layers are not shipped.',
    remediation:
      'End the same RUN with `&& rm -rf /var/lib/apt/lists/*` (or `apt-get dist-clean` with apt 2.7+), or use a BuildKit cache mount: `RUN --mount=type=cache,target=/var/lib/apt/lists ...`.',
    messages: { listsKept: '{{command}} runs without removing /var/lib/apt/lists/* in the same RUN' },
  },
  check(ctx) {
    const escape = ctx.dockerfile.getEscapeCharacter();
    for (const stage of shippedStages(stagesOf(ctx.dockerfile))) {
      for (const run of runInstructions(stage.instructions)) {
        const cmds = runCommands(run, escape);
        const install = cmds.find((c) => (c.name === 'apt-get' || c.name === 'apt') && hasSubcommand(c.words, 'install', 'upgrade', 'dist-upgrade'));
        if (!install) continue;
        // `apt-get dist-clean` (apt 2.7+: Debian trixie, Ubuntu 24.04) empties /var/lib/apt/lists but for the Release files.
        const cleaned = cmds.some(
          (c) =>
            (c.name === 'rm' && c.words.some((w) => w.startsWith('/var/lib/apt/lists'))) ||
            ((c.name === 'apt-get' || c.name === 'apt') && hasSubcommand(c.words, 'dist-clean', 'distclean')),
        );
        if (cleaned || hasCacheMount(run, ['/var/lib/apt/lists'])) continue;
        ctx.report({
          messageId: 'listsKept',
          data: { command: `${install.name} ${hasSubcommand(install.words, 'install') ? 'install' : 'upgrade'}` },
          at: locOf(ctx.file, run),
        });
      }
    }
  },
});
