import { defineCheck } from '../types';

const README = /^readme(\.(md|markdown|rst|adoc|txt))?$/i;
/** Prose a newcomer needs: what the repository deploys, where, how. Headings, badges and links alone do not count. */
const MIN_PROSE_CHARS = 200;

export default defineCheck({
  id: 'docs/readme',
  target: 'repository',
  meta: {
    title: 'The repository has no README that explains it',
    category: 'operations',
    severity: 'warning',
    rationale:
      'The README is where an on-call engineer who has never touched the stack starts: which servers run where, which environments exist, how a change is deployed and rolled back. Without it, every incident starts with archaeology.',
    remediation:
      'Add a README.md at the root: the services and their ports, the environments and their endpoints, how deploys and promotion work, and links to the runbooks.',
    messages: {
      missing: 'no README at the repository root',
      tooShort: '{{file}} has {{chars}} characters of prose (headings, badges and links aside); describe the services, environments and how they are deployed',
    },
  },
  check(ctx) {
    const file = ctx.paths.find((p) => README.test(p));
    if (!file) return ctx.report({ messageId: 'missing', at: { file: '.', line: 1, column: 1 } });
    const prose = (ctx.read(file) ?? '')
      .split(/\r?\n/)
      .filter((l) => !/^\s*(#|=+$|-+$)/.test(l))
      .join(' ')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (prose.length < MIN_PROSE_CHARS) ctx.report({ messageId: 'tooShort', data: { file, chars: prose.length }, at: { file, line: 1, column: 1 } });
  },
});
