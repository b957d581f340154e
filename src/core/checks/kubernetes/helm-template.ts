import { defineEngineCheck } from '../types';

/** Reported by the engine when `helm template` fails on a chart, or is required and missing (validate/helm-charts.ts). */
export default defineEngineCheck({
  id: 'kubernetes/helm-template',
  engine: 'helm',
  meta: {
    title: 'helm template fails on the chart',
    category: 'correctness',
    severity: 'error',
    rationale: 'A chart that helm cannot render cannot be installed or upgraded: the release fails at deploy time, after the change was merged.',
    remediation: 'Run "helm template <chart-dir>" locally and fix the template or value it names; set kubernetes.helm to auto where helm is not installed.',
    messages: {
      failed: 'helm template {{chart}} failed: {{detail}}',
      unavailable: 'Helm chart "{{chart}}" cannot be rendered: kubernetes.helm is "always" but helm is not installed',
    },
  },
});
