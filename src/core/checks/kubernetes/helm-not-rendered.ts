import { defineEngineCheck } from '../types';

/** Reported by the engine for each chart it did not render (validate/helm-charts.ts). */
export default defineEngineCheck({
  id: 'kubernetes/helm-not-rendered',
  engine: 'helm',
  meta: {
    title: 'Helm chart templates were not rendered, so not checked',
    category: 'correctness',
    severity: 'info',
    rationale:
      "Files under a chart's templates/ are Go templates, not YAML: stackgate checks the objects they produce only when helm renders them. Without helm only Chart.yaml and values.yaml are checked, so a privileged container or a missing limit in a template goes unseen.",
    remediation:
      'Install helm where validate runs (e.g. azure/setup-helm in the workflow) and keep kubernetes.helm at auto (or set it to always), or vendor the chart\'s dependencies in charts/ ("helm dependency build").',
    messages: { notRendered: 'Helm chart "{{chart}}": templates not rendered ({{reason}}); only Chart.yaml and values.yaml were checked' },
  },
});
