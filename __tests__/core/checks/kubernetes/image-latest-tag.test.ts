import check from '../../../../src/core/checks/kubernetes/image-latest-tag';
import { describeCheck } from '../../../helpers/check-cases';

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
      name: 'pinned tag, registry with port, digest only, templated',
      code: pod('ghcr.io/acme/mcp:1.2.3', 'localhost:5000/mcp:2.0', 'mcp@sha256:0123456789abcdef', '"{{ .Values.image }}"'),
    },
    { name: 'latest tag with a digest is pinned by the digest', code: pod('mcp:latest@sha256:0123456789abcdef') },
  ],
  invalid: [
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
