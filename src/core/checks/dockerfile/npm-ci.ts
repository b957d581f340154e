import { defineCheck } from '../types';
import { positionals, runCommands } from './_shell';
import { locOf, runInstructions } from './_stages';

export default defineCheck({
  id: 'dockerfile/npm-ci',
  target: 'dockerfile',
  meta: {
    title: 'npm install used in an image build',
    category: 'supply-chain',
    severity: 'info',
    rationale:
      '`npm install` may resolve newer versions than package-lock.json records and rewrites the lock file, so the image can contain dependencies nobody reviewed. `npm ci` installs exactly the lock file and fails when it is out of date.',
    remediation: 'Copy package.json and package-lock.json first, then `RUN npm ci` (or `npm ci --omit=dev` in the runtime stage).',
    messages: { useCi: '`{{command}}` installs from package.json instead of the lock file; use npm ci' },
  },
  check(ctx) {
    const escape = ctx.dockerfile.getEscapeCharacter();
    for (const run of runInstructions(ctx.dockerfile.getInstructions())) {
      for (const c of runCommands(run, escape)) {
        if (c.name !== 'npm') continue;
        const args = positionals(c.words);
        if (args[0] !== 'install' && args[0] !== 'i') continue;
        // `npm install -g pm2` or `npm install left-pad` installs named packages, not the project's dependencies.
        if (args.length > 1 || c.words.includes('-g') || c.words.includes('--global')) continue;
        ctx.report({ messageId: 'useCi', data: { command: c.words.join(' ') }, at: locOf(ctx.file, run) });
      }
    }
  },
});
