import check from '../../../../src/core/checks/kubernetes/image-digest';
import { describeCheck } from '../../../helpers/check-cases';

const pod = (image: string): string =>
  ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: mcp', 'spec:', '  containers:', '    - name: app', `      image: ${image}`, ''].join('\n');

describeCheck(check, {
  defaultFile: 'pod.yaml',
  valid: [{ name: 'tag and digest', code: pod('ghcr.io/acme/mcp:1.2.3@sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945') }],
  invalid: [
    {
      name: 'tag only',
      code: pod('ghcr.io/acme/mcp:1.2.3'),
      errors: [{ line: 8, messageId: 'noDigest', message: '"ghcr.io/acme/mcp:1.2.3" is not pinned by digest' }],
    },
  ],
});
