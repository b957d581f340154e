import { stackFiles } from '../../compose/project';
import path from 'node:path';
import ignore from 'ignore';
import { isTestPath } from '../../config/test-paths';
import { isIgnored, type IgnoreRules } from '../../source/discover';
import { defineCheck } from '../types';

/** `${VAR}` or `$VAR` in a Compose file (`$$` is a literal dollar). */
const INTERPOLATION = /(?:^|[^$])\$(?:\{[A-Za-z_]|[A-Za-z_])/m;

/** `.env.example`, `.env.sample`, `example.env`: meant to be committed. */
const EXAMPLE = /(^|[.-])(example|sample|template|dist|tpl)([.-]|$)/i;

export default defineCheck({
  id: 'secrets/env-files-ignored',
  target: 'repository',
  meta: {
    title: '.env files are not git-ignored',
    category: 'security',
    severity: 'warning',
    rationale:
      'Docker Compose reads `.env` next to the Compose file, which is where people put the real GITHUB_TOKEN and database passwords "just for a quick test". Unless .gitignore excludes it, the next `git add .` publishes them (asked where a Compose file interpolates variables, or a .env file exists), and the token stays in the history after the file is removed. The MCP deployment roadmap names credential leaks its top risk; gitleaks and detect-secrets catch the leak only after the commit.',
    remediation:
      'Add `.env` and `.env.*` with an exception for the example (`!.env.example`) to .gitignore, keep non-secret defaults in a committed `.env.example` (or in stackgate.yml `environments.<env>.variables`), and move committed .env files to that example.',
    messages: {
      notIgnored: '.env files are not git-ignored: {{files}}; add ".env" and ".env.*" (with "!.env.example") to .gitignore',
    },
  },
  check(ctx) {
    const rules: IgnoreRules[] = [];
    for (const file of ctx.paths) {
      if (path.posix.basename(file) !== '.gitignore') continue;
      const dir = path.posix.dirname(file);
      rules.push({ base: dir === '.' ? '' : dir, ig: ignore().add(ctx.read(file) ?? '') });
    }
    // Where Compose reads .env: the directory of every Compose project that interpolates variables
    // (a stack without any has no use for one), plus env files already in the tree.
    const composeDirs = ctx.compose.stacks
      .filter((s) => stackFiles(s).some((f) => INTERPOLATION.test(ctx.read(f) ?? '')))
      .map((s) => path.posix.dirname(s.files[0]));
    const candidates = new Set(composeDirs.map((d) => (d === '.' ? '.env' : `${d}/.env`)));
    for (const file of ctx.paths) {
      const base = path.posix.basename(file);
      if ((base === '.env' || base.startsWith('.env.')) && !EXAMPLE.test(base.slice(4))) candidates.add(file);
    }
    // A .env among test fixtures is committed on purpose (the values a test loads).
    for (const file of candidates) if (isTestPath(ctx.config, file)) candidates.delete(file);
    if (!candidates.size) return ctx.notApplicable(); // no Compose and no .env file: nothing reads one
    const exposed = [...candidates].filter((f) => !isIgnored(rules, f, false)).sort();
    if (!exposed.length) return;
    const present = new Set(ctx.paths);
    const files = exposed.map((f) => (present.has(f) ? `${f} (in the tree)` : f)).join(', ');
    const gitignore = ctx.paths.includes('.gitignore') ? '.gitignore' : '.';
    ctx.report({ messageId: 'notIgnored', data: { files }, at: { file: gitignore, line: 1, column: 1 } });
  },
});
