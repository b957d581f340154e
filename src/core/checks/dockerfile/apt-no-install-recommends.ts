import { defineCheck } from '../types';
import { hasSubcommand, runCommands } from './_shell';
import { locOf, runInstructions, shippedStages, stagesOf } from './_stages';

export default defineCheck({
  id: 'dockerfile/apt-no-install-recommends',
  target: 'dockerfile',
  meta: {
    title: 'apt-get install pulls recommended packages',
    category: 'resources',
    severity: 'info',
    rationale:
      'Without --no-install-recommends, apt installs every "recommended" package too, often doubling the image and adding software (and CVEs) nobody asked for. hadolint DL3015. Builder stages are not checked: their layers are not shipped.',
    remediation: 'Use `apt-get install -y --no-install-recommends <packages>`, and add back explicitly any recommended package you really need.',
    messages: { recommends: '{{command}} install runs without --no-install-recommends' },
  },
  check(ctx) {
    const escape = ctx.dockerfile.getEscapeCharacter();
    for (const stage of shippedStages(stagesOf(ctx.dockerfile))) {
      for (const run of runInstructions(stage.instructions)) {
        for (const c of runCommands(run, escape)) {
          if ((c.name !== 'apt-get' && c.name !== 'apt') || !hasSubcommand(c.words, 'install')) continue;
          const words = c.words.join(' ');
          if (/--no-install-recommends\b|APT::Install-Recommends=(false|0|"false")/i.test(words)) continue;
          ctx.report({ messageId: 'recommends', data: { command: c.name }, at: locOf(ctx.file, run) });
        }
      }
    }
  },
});
