/**
 * GitOps manifests that hand values to a Helm chart, as homelab and platform repositories write
 * them: a Flux HelmRelease of the bjw-s app-template chart and an Argo CD Application with a
 * `values: |` block. Each takes the values' lines (indented as the values' top level).
 */

/** A Flux HelmRelease; `values` lines start at line 16 (`spec.values:` is line 15). */
export function helmRelease(values: string[]): string {
  return [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: home-assistant',
    '  namespace: home',
    'spec:',
    '  interval: 30m',
    '  chart:',
    '    spec:',
    '      chart: app-template',
    '      version: 3.5.1',
    '      sourceRef:',
    '        kind: HelmRepository',
    '        name: bjw-s',
    '  values:',
    ...values.map((l) => `    ${l}`),
    '',
  ].join('\n');
}

/** An Argo CD Application; the `values: |` block's first line is line 14. */
export function argoApplication(values: string[], helmField = 'values: |'): string {
  return [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    '  name: node-exporter',
    '  namespace: argocd',
    'spec:',
    '  project: default',
    '  source:',
    '    repoURL: https://prometheus-community.github.io/helm-charts',
    '    chart: prometheus-node-exporter',
    '    targetRevision: 4.39.0',
    '    helm:',
    `      ${helmField}`,
    ...values.map((l) => `        ${l}`),
    '  destination:',
    '    server: https://kubernetes.default.svc',
    '    namespace: monitoring',
    '',
  ].join('\n');
}
