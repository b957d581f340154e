import { Env } from 'dockerfile-ast';
import { defineCheck } from '../types';
import { hasSubcommand, positionals, runCommands } from './_shell';
import { hasCacheMount, locOf, runInstructions, shippedStages, stagesOf, type Stage } from './_stages';

function disablesPipCache(stages: readonly Stage[]): boolean {
  return stages.some((s) =>
    s.instructions.some(
      (i) => i instanceof Env && i.getProperties().some((p) => p.getName() === 'PIP_NO_CACHE_DIR' && !/^(0|false|no|off)$/i.test(p.getValue() ?? '')),
    ),
  );
}

export default defineCheck({
  id: 'dockerfile/pip-no-cache',
  target: 'dockerfile',
  meta: {
    title: 'pip install keeps its download cache',
    category: 'resources',
    severity: 'warning',
    rationale:
      'pip caches every wheel it downloads under ~/.cache/pip; in an image that cache is dead weight shipped with every pull. hadolint DL3042. Builder stages are not checked: their layers are not shipped.',
    remediation:
      'Use `pip install --no-cache-dir ...`, set `ENV PIP_NO_CACHE_DIR=1`, or mount a BuildKit cache: `RUN --mount=type=cache,target=/root/.cache/pip pip install ...`.',
    messages: { cache: '{{command}} install runs without --no-cache-dir' },
  },
  check(ctx) {
    const escape = ctx.dockerfile.getEscapeCharacter();
    const shipped = shippedStages(stagesOf(ctx.dockerfile));
    if (disablesPipCache(shipped)) return;
    for (const stage of shipped) {
      for (const run of runInstructions(stage.instructions)) {
        if (hasCacheMount(run, ['/root/.cache/pip', '/root/.cache'])) continue;
        for (const c of runCommands(run, escape)) {
          let words = c.words;
          // python -m pip install ...
          if (/^python[\d.]*$/.test(c.name)) {
            const m = words.indexOf('-m');
            if (m < 0 || words[m + 1] !== 'pip') continue;
            words = words.slice(m + 1);
          } else if (!/^pip[\d.]*$/.test(c.name)) continue;
          if (!hasSubcommand(words, 'install') || words.includes('--no-cache-dir')) continue;
          // `pip install --upgrade pip` alone caches one wheel; not worth a finding.
          const pkgs = positionals(words).slice(1);
          if (pkgs.length && pkgs.every((p) => /^(pip|setuptools|wheel)$/.test(p))) continue;
          ctx.report({ messageId: 'cache', data: { command: words === c.words ? c.name : `${c.name} -m pip` }, at: locOf(ctx.file, run) });
        }
      }
    }
  },
});
