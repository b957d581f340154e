/**
 * Helm values found in GitOps resources, with the positions findings are reported at: values
 * written as YAML keep the manifest's positions, a `values: |` block maps its lines (and its usual
 * indentation) back into the manifest, other strings are reported on their key.
 */
import { helmValuesOf } from '../../../src/core/kubernetes/helm-values';
import { helmValuesSettings } from '../../../src/core/kubernetes/helm-values-settings';
import type { KubernetesObject } from '../../../src/core/kubernetes/objects';
import { parseYaml, toPlain, type MapNode } from '../../../src/core/source/yaml-tree';
import { argoApplication } from '../../helpers/helm-values-manifests';

function object(text: string): KubernetesObject {
  const root = parseYaml('apps/app.yaml', text).documents[0].root as MapNode;
  const value = toPlain(root) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  return { file: 'apps/app.yaml', docIndex: 0, apiVersion: value.apiVersion, kind: value.kind, name: value.metadata.name, root, value, loc: root.loc };
}

test('a values block maps lines and columns into the manifest', () => {
  const obj = object(argoApplication(['podSecurityContext:', '  fsGroup: 65534', 'containerSecurityContext:', '  privileged: true']));
  const [values] = helmValuesOf(obj).values;
  expect(values.field).toBe('spec.source.helm.values');
  const settings = helmValuesSettings(values.root);
  expect(settings).toEqual([{ kind: 'privileged', path: ['containerSecurityContext', 'privileged'] }]);
  // Line 17 of the manifest is `          privileged: true`: the key starts in column 11.
  expect(values.locate(settings[0].path)).toEqual({ file: 'apps/app.yaml', line: 17, column: 11 });
});

test('a folded or quoted values string is reported on its key', () => {
  const obj = object(argoApplication([], 'values: "hostPID: true"'));
  const [values] = helmValuesOf(obj).values;
  expect(helmValuesSettings(values.root)).toEqual([{ kind: 'host-namespace', path: ['hostPID'], field: 'hostPID' }]);
  expect(values.locate(['hostPID'])).toMatchObject({ line: 13, column: 7 });
});

test('an ApplicationSet template and every source of a multi-source Application are read', () => {
  const appSet = object(
    [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: ApplicationSet',
      'metadata: { name: exporters }',
      'spec:',
      '  generators: [{ clusters: {} }]',
      '  template:',
      "    metadata: { name: '{{name}}-exporter' }",
      '    spec:',
      '      project: default',
      '      sources:',
      '        - chart: prometheus-node-exporter',
      '          helm: { valuesObject: { hostNetwork: true } }',
      '        - chart: kube-state-metrics',
      '          helm: { valuesObject: { image: { tag: latest } } }',
      '      destination: { server: https://kubernetes.default.svc }',
      '',
    ].join('\n'),
  );
  const found = helmValuesOf(appSet).values.map((v) => [v.field, helmValuesSettings(v.root).map((s) => s.kind)]);
  expect(found).toEqual([
    ['spec.template.spec.sources[0].helm.valuesObject', ['host-namespace']],
    ['spec.template.spec.sources[1].helm.valuesObject', ['image']],
  ]);
});

test('Argo CD helm.parameters are the values they set, each on its parameter', () => {
  const obj = object(
    argoApplication([], 'parameters:').replace(
      '    helm:\n      parameters:\n',
      [
        '    helm:',
        '      parameters:',
        '        - name: image.tag',
        '          value: latest',
        '        - name: controller.securityContext.privileged',
        '          value: "true"',
        '        - name: podLabels.enabled',
        '          value: "true"',
        '          forceString: true',
        '        - name: tolerations[0].key',
        '          value: gpu',
        '',
      ].join('\n'),
    ),
  );
  const [values] = helmValuesOf(obj).values;
  expect(values.field).toBe('spec.source.helm.parameters');
  const settings = helmValuesSettings(values.root);
  expect(settings).toEqual([
    { kind: 'image', path: ['image', 'tag'], image: "the chart's image:latest", problem: 'latest' },
    { kind: 'privileged', path: ['controller', 'securityContext', 'privileged'] },
  ]);
  expect(settings.map((s) => values.locate(s.path).line)).toEqual([14, 16]);
});

test('objects that carry no Helm values have none', () => {
  const obj = object('apiVersion: v1\nkind: ConfigMap\nmetadata: { name: values }\ndata: { values.yaml: "hostNetwork: true" }\n');
  expect(helmValuesOf(obj)).toEqual({ values: [], unchecked: [] });
});
