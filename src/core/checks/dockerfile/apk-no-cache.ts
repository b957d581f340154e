import { defineCheck } from '../types';
import { hasSubcommand, runCommands } from './_shell';
import { hasCacheMount, locOf, runInstructions, shippedStages, stagesOf } from './_stages';

export default defineCheck({
  id: 'dockerfile/apk-no-cache',
  target: 'dockerfile',
  meta: {
    title: 'apk add keeps its package cache',
    category: 'resources',
    severity: 'warning',
    rationale:
      '`apk add` without --no-cache leaves the APKINDEX and downloaded packages in /var/cache/apk, bloating every layer that installs packages. hadolint DL3019. Builder stages are not checked: their layers are not shipped.',
    remediation: 'Use `apk add --no-cache <packages>` (it also makes `apk update` unnecessary), or a BuildKit cache mount on /var/cache/apk.',
    messages: { cache: 'apk add runs without --no-cache' },
  },
  check(ctx) {
    const escape = ctx.dockerfile.getEscapeCharacter();
    for (const stage of shippedStages(stagesOf(ctx.dockerfile))) {
      for (const run of runInstructions(stage.instructions)) {
        const cmds = runCommands(run, escape);
        if (hasCacheMount(run, ['/var/cache/apk'])) continue;
        const cleaned = cmds.some((c) => c.name === 'rm' && c.words.some((w) => w.startsWith('/var/cache/apk')));
        for (const c of cmds) {
          if (c.name !== 'apk' || !hasSubcommand(c.words, 'add')) continue;
          if (cleaned || c.words.includes('--no-cache')) continue;
          ctx.report({ messageId: 'cache', at: locOf(ctx.file, run) });
        }
      }
    }
  },
});
