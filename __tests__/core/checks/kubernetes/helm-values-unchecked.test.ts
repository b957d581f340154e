import check from '../../../../src/core/checks/kubernetes/helm-values-unchecked';
import { describeCheck } from '../../../helpers/check-cases';
import { argoApplication, helmRelease } from '../../../helpers/helm-values-manifests';

describeCheck(check, {
  defaultFile: 'app.yaml',
  valid: [
    { name: 'HelmRelease values in the manifest', code: helmRelease(['image:', '  tag: 1.2.3']) },
    { name: 'an Argo CD values block that is YAML', code: argoApplication(['hostNetwork: false']) },
    { name: 'not a Helm values carrier', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: values\ndata:\n  values.yaml: "privileged: true"\n' },
  ],
  invalid: [
    {
      name: 'an Argo CD values block that is not YAML',
      code: argoApplication(['image:', '  tag: [1.2', 'hostNetwork: true']),
      errors: [
        {
          line: 16,
          messageId: 'notYaml',
          message:
            'Application/argocd/node-exporter: Helm values in spec.source.helm.values were not checked: they do not parse as YAML (line 16: Flow sequence',
        },
      ],
    },
    {
      name: 'a quoted values string that is not YAML is reported on its key',
      code: argoApplication([], 'values: "image: {tag: 1.2"'),
      errors: [{ line: 13, messageId: 'notYaml', message: 'line 13:' }],
    },
    {
      name: 'HelmRelease values taken from a ConfigMap and a Secret',
      code: helmRelease(['replicaCount: 1']).replace(
        '  values:\n',
        '  valuesFrom:\n    - kind: ConfigMap\n      name: home-assistant-values\n    - kind: Secret\n      name: home-assistant-secrets\n  values:\n',
      ),
      errors: [
        {
          line: 15,
          messageId: 'external',
          message:
            'HelmRelease/home/home-assistant: Helm values from spec.valuesFrom (ConfigMap home-assistant-values, Secret home-assistant-secrets) are not in the repository manifest',
        },
      ],
    },
    {
      name: 'value files of a multi-source Argo CD Application',
      code: [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Application',
        'metadata: { name: grafana, namespace: argocd }',
        'spec:',
        '  sources:',
        '    - repoURL: https://grafana.github.io/helm-charts',
        '      chart: grafana',
        '      targetRevision: 8.5.2',
        '      helm:',
        '        valueFiles:',
        '          - $values/apps/grafana/values.yaml',
        '    - repoURL: https://github.com/acme/gitops.git',
        '      ref: values',
        '',
      ].join('\n'),
      errors: [{ line: 10, messageId: 'external', message: 'Helm values from spec.sources[0].helm.valueFiles ($values/apps/grafana/values.yaml)' }],
    },
  ],
});
