import { defineCheck } from '../types';
import { locOf } from './_stages';

const INSTRUCTIONS = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

/** Dockerfile templates (Dockerfile.template, Dockerfile.j2) hold template syntax until rendered. */
const TEMPLATE_NAME = /\.(template|tmpl|tpl|j2|jinja2?|in|erb|mustache|hbs)$/i;

export default defineCheck({
  id: 'dockerfile/invalid-instruction',
  target: 'dockerfile',
  meta: {
    title: 'Dockerfile has an unknown instruction or an instruction before FROM',
    category: 'correctness',
    severity: 'error',
    rationale:
      'The builder rejects the whole file on an instruction it does not know (a typo such as `COPPY`, a line that lost its `\\` continuation), and on any instruction but ARG before the first FROM ("no build stage in current context"), so the image is never built. The finding points at the line, where the build log only names it. hadolint reports the same as a parse error.',
    remediation:
      'Fix the keyword, join a continued line with a trailing `\\`, or move the instruction after `FROM`; only `ARG` (used in FROM) and parser directives such as `# syntax=` may come first.',
    messages: {
      unknown: 'unknown instruction "{{keyword}}"{{hint}}',
      beforeFrom: '{{keyword}} before the first FROM: only ARG may come before FROM',
      noFrom: 'the Dockerfile has no FROM instruction, so there is nothing to build',
    },
  },
  check(ctx) {
    if (TEMPLATE_NAME.test(ctx.file)) return;
    // A `# syntax=` frontend other than Docker's may define instructions of its own.
    const syntax = ctx.dockerfile.getDirectives().find((d) => d.getName()?.toLowerCase() === 'syntax');
    const isDockerSyntax = !syntax || /docker\/dockerfile/.test(syntax.getValue() ?? '');
    const instructions = ctx.dockerfile.getInstructions();
    const hasFrom = instructions.some((i) => i.getKeyword().toUpperCase() === 'FROM');
    // Without any FROM, one finding says so rather than one per instruction.
    let seenFrom = !hasFrom;
    for (const instruction of instructions) {
      const keyword = instruction.getKeyword().toUpperCase();
      if (!INSTRUCTIONS.has(keyword)) {
        if (!isDockerSyntax || !/^[A-Z][A-Z0-9_-]*$/.test(keyword)) continue;
        const close = [...INSTRUCTIONS].find((k) => isOneEditAway(keyword, k));
        ctx.report({ messageId: 'unknown', data: { keyword, hint: close ? `; did you mean ${close}?` : '' }, at: locOf(ctx.file, instruction) });
        continue;
      }
      if (keyword === 'FROM') seenFrom = true;
      else if (!seenFrom && keyword !== 'ARG') ctx.report({ messageId: 'beforeFrom', data: { keyword }, at: locOf(ctx.file, instruction) });
    }
    if (!hasFrom && instructions.length) ctx.report({ messageId: 'noFrom', at: { file: ctx.file, line: 1, column: 1 } });
  },
});

/** One insertion, deletion, substitution or swap of neighbours apart (COPPY, CMDD, EXPSOE). */
function isOneEditAway(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
