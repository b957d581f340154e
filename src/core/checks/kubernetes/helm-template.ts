import { defineEngineCheck } from '../types';

/** Reported by the engine when `helm template` fails on a chart, or is required and missing (validate/helm-charts.ts). */
export default defineEngineCheck({
  id: 'kubernetes/helm-template',
  engine: 'helm',
  meta: {
    title: 'helm cannot render the chart (template error or invalid Chart.yaml)',
    category: 'correctness',
    severity: 'error',
    rationale: 'A chart that helm cannot render cannot be installed or upgraded: the release fails at deploy time, after the change was merged.',
    remediation:
      'Run "helm template <chart-dir>" (or "helm lint") locally and fix the template, value or Chart.yaml field it names; set kubernetes.helm to auto where helm is not installed.',
    messages: {
      failed: 'helm template {{chart}} failed: {{detail}}',
      invalidChart: 'Helm chart "{{chart}}": {{detail}}',
      unavailable: 'Helm chart "{{chart}}" cannot be rendered: kubernetes.helm is "always" but helm is not installed',
    },
  },
});
