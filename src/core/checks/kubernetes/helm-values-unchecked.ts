import { helmValuesOf } from '../../kubernetes/helm-values';
import { objectLabel } from '../../kubernetes/objects';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/helm-values-unchecked',
  target: 'kubernetes-object',
  meta: {
    title: 'Helm values of a HelmRelease or Argo CD Application were not checked',
    category: 'security',
    severity: 'info',
    rationale:
      'The pod-spec checks (privileged, dangerous capabilities, host namespaces, image tags) read the Helm values a Flux HelmRelease or an Argo CD Application passes to its chart. Values they cannot read, a `values` string that is not YAML or values taken from a ConfigMap, a Secret or a file of the chart repository, are not checked, and a clean result says nothing about them.',
    remediation:
      'Write the values in the manifest (`spec.values`, `helm.valuesObject`, or a `helm.values` block that is valid YAML), or check the chart with its values where they live (a chart in the repository is rendered by `helm template`).',
    messages: {
      notYaml: '{{object}}: Helm values in {{field}} were not checked: they do not parse as YAML ({{detail}})',
      external: '{{object}}: Helm values from {{field}} ({{detail}}) are not in the repository manifest and were not checked',
    },
  },
  check(ctx) {
    for (const u of helmValuesOf(ctx.object).unchecked) {
      ctx.report({
        messageId: u.reason === 'not-yaml' ? 'notYaml' : 'external',
        data: { object: objectLabel(ctx.object), field: u.field, detail: u.detail },
        at: u.at,
      });
    }
  },
});
