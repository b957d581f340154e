import { defineCheck } from '../types';
import { rootMakefile } from './_makefile';
import { jobsOn, listWorkflows, runsStackgate, stackgateAction } from './_workflows';

const PR_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'];
/** Validators other than stackgate that check deployment files (schemas, policies, rendered Flux or Helm). */
const OTHER_VALIDATORS =
  /\b(docker[ -]compose(\s+-f\s+\S+)*\s+config|kubeconform|kubeval|kube-linter|kube-score|polaris\s+audit|dclint|hadolint|promtool\s+check|flux-schema\s+validate|flate\s+test|flux-local\s+test|ct\s+lint|helm\s+lint|conftest\s+test|checkov|trivy\s+config|kics\s+scan|datree\s+test|kubectl\s+[^\n;&|]*--dry-run)\b/;
// The same validators as actions: flux-schema, kube-linter, hadolint, kubeval, kubeconform's image, flux-local, checkov, conftest.
const OTHER_VALIDATOR_ACTIONS =
  /^(?:fluxcd\/flux-schema\/actions\/validate|stackrox\/kube-linter-action|hadolint\/hadolint-action|instrumenta\/kubeval-action|docker:\/\/ghcr\.io\/yannh\/kubeconform|allenporter\/flux-local\/action\/test|bridgecrewio\/checkov-action|instrumenta\/conftest-action)(?:@|:|$)/i;

/** Repository scripts a `run:` line starts (`./scripts/validate.sh`, `bash hack/check.sh`), repository-relative. */
const SCRIPT = /(?:^|[\s;&|(])(?:(?:bash|sh|zsh)\s+)?(?:\.\/)?((?:[\w.-]+\/)*[\w.-]+\.(?:sh|bash))\b/g;

function scriptsRun(run: string | undefined): string[] {
  return [...(run ?? '').matchAll(SCRIPT)].map((m) => m[1].replace(/^\.\//, ''));
}

/** `make validate`, `make -j2 lint test`: the targets a run line asks of the root Makefile ('' for its default). */
const MAKE = /(?:^|[\s;&|(])make((?:\s+-[\w-]+(?:=\S+)?)*)((?:\s+[A-Za-z_][\w.-]*)*)/g;

/**
 * The recipes of the root Makefile's targets a run line asks for, with those of their prerequisites
 * (two levels), so `run: make validate` counts when the target runs a validator or a script that does.
 */
function makeRecipes(run: string | undefined, read: (file: string) => string | undefined): string[] {
  const asked = [...(run ?? '').matchAll(MAKE)];
  if (!asked.length) return [];
  const makefile = rootMakefile(read);
  if (!makefile) return [];
  const { rules, first } = makefile;
  const out: string[] = [];
  const visit = (target: string, depth: number): void => {
    const rule = rules.get(target);
    if (!rule || depth > 2) return;
    out.push(rule.recipe.join('\n'));
    for (const p of rule.prerequisites) visit(p, depth + 1);
  };
  for (const m of asked) {
    const targets = m[2].split(/\s+/).filter(Boolean);
    for (const target of targets.length ? targets : first ? [first] : []) visit(target, 0);
  }
  return out;
}

export default defineCheck({
  id: 'ci/validate-on-pull-request',
  target: 'repository',
  meta: {
    title: 'Pull requests are not validated',
    category: 'correctness',
    severity: 'warning',
    operatedOnly: true,
    rationale:
      'A reviewer cannot see that an override drops a memory limit or that a Service selects no pod; a validator on every pull request can, and annotates the line. Validation only after merge finds the fault when the endpoints are already pulling it.',
    remediation:
      'Run `uses: <owner>/stackgate@v1` (or `…/stackgate/actions/validate@v1`) in a workflow triggered by `pull_request` (and `merge_group` with a merge queue).',
    messages: {
      none: 'no workflow validates pull requests: none of {{workflows}} runs stackgate validate (or compose config, kubeconform, kube-linter, hadolint) on pull_request or merge_group',
      noPrWorkflow: 'no workflow runs on pull_request or merge_group, so changes are validated only after they are merged',
    },
  },
  check(ctx) {
    const workflows = listWorkflows(ctx);
    if (!workflows.length) return ctx.notApplicable();
    const prJobs = jobsOn(workflows, PR_EVENTS);
    if (!prJobs.length) return ctx.report({ messageId: 'noPrWorkflow', at: { file: workflows[0].file, line: 1, column: 1 } });
    const validates = prJobs.some(
      ({ job }) =>
        [job.uses, ...job.steps.map((s) => s.uses)].some(
          (u) => stackgateAction(u) === '' || stackgateAction(u) === 'validate' || (typeof u === 'string' && OTHER_VALIDATOR_ACTIONS.test(u)),
        ) ||
        job.steps.some((s) => {
          // A step validates when its commands, a Makefile target or a repository script they start run a validator.
          const commands = [s.run ?? '', ...makeRecipes(s.run, (file) => ctx.read(file))];
          const texts = [...commands, ...commands.flatMap(scriptsRun).map((file) => ctx.read(file) ?? '')];
          return texts.some((text) => runsStackgate(text, ['validate', 'score']) || OTHER_VALIDATORS.test(text));
        }),
    );
    if (!validates) {
      const first = prJobs[0].workflow;
      ctx.report({ messageId: 'none', data: { workflows: [...new Set(prJobs.map((j) => j.workflow.file))].join(', ') }, at: first.onLoc });
    }
  },
});
