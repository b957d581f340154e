import check from '../../../../src/core/checks/kubernetes/image-latest-tag';
import { describeCheck } from '../../../helpers/check-cases';
import { argoApplication, helmRelease } from '../../../helpers/helm-values-manifests';

const pod = (...images: string[]): string =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: mcp',
    'spec:',
    '  containers:',
    ...images.flatMap((img, i) => [`    - name: c${i}`, `      image: ${img}`]),
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'pod.yaml',
  valid: [
    {
      name: 'HelmRelease values with a pinned tag, a digest, and a repository whose tag the chart supplies',
      code: helmRelease([
        'image:',
        '  repository: ghcr.io/home-operations/home-assistant',
        '  tag: 2024.11.3',
        'sidecar:',
        '  image:',
        '    repository: ghcr.io/acme/sidecar',
        '    digest: sha256:4c1e997385b8fb4ad4d1d3c7e5af7ff3f882e0f3bc6d7c1d8d6e6b3b3c6a9b1f',
        '    tag: latest',
        'exporter:',
        '  image:',
        '    repository: quay.io/prometheus/node-exporter',
        "    tag: ''",
      ]),
    },
    { name: 'an image string completed by a tag key beside it', code: argoApplication(['image: ghcr.io/acme/mcp-server', 'imageTag: 1.4.2']) },
    {
      name: 'pinned tag, registry with port, digest only, templated',
      code: pod('ghcr.io/acme/mcp:1.2.3', 'localhost:5000/mcp:2.0', 'mcp@sha256:0123456789abcdef', '"{{ .Values.image }}"'),
    },
    { name: 'latest tag with a digest is pinned by the digest', code: pod('mcp:latest@sha256:0123456789abcdef') },
  ],
  invalid: [
    {
      name: 'tag latest in HelmRelease values',
      code: helmRelease(['image:', '  repository: ghcr.io/home-operations/home-assistant', '  tag: latest']),
      errors: [
        {
          line: 18,
          messageId: 'helmValuesLatest',
          message:
            'HelmRelease/home/home-assistant: Helm values spec.values set image "ghcr.io/home-operations/home-assistant:latest" (image.tag) with the mutable :latest tag',
        },
      ],
    },
    {
      name: 'tag latest set by an Argo CD helm parameter',
      code: argoApplication(['- name: image.repository', '  value: ghcr.io/acme/mcp-server', '- name: image.tag', '  value: latest'], 'parameters:'),
      errors: [
        {
          line: 16,
          messageId: 'helmValuesLatest',
          message: 'Application/argocd/node-exporter: Helm values spec.source.helm.parameters set image "ghcr.io/acme/mcp-server:latest" (image.tag)',
        },
      ],
    },
    {
      name: 'an override of the tag only, and an untagged image string, in an Argo CD values block',
      code: argoApplication(['image:', '  tag: latest', 'extraContainers:', '  - name: debug', '    image: busybox']),
      errors: [
        { line: 15, messageId: 'helmValuesLatest', message: `image "the chart's image:latest" (image.tag)` },
        { line: 18, messageId: 'helmValuesUntagged', message: 'image "busybox" (extraContainers[0].image) without a tag' },
      ],
    },
    {
      name: 'untagged, latest, registry port without tag',
      code: pod('ghcr.io/acme/mcp', 'mcp:latest', 'localhost:5000/mcp'),
      errors: [
        { line: 8, messageId: 'untagged', message: 'container "c0" image "ghcr.io/acme/mcp" has no tag' },
        { line: 10, messageId: 'latest', message: '"mcp:latest" uses the mutable :latest tag' },
        { line: 12, messageId: 'untagged', message: 'localhost:5000/mcp' },
      ],
    },
    {
      name: 'no image',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n',
      errors: [{ line: 7, messageId: 'missing' }],
    },
  ],
});
