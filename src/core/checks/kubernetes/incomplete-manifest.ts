import { defineEngineCheck } from '../types';

/** Reported by the engine while loading files (source/workspace.ts, kubernetes/incomplete-manifest.ts). */
export default defineEngineCheck({
  id: 'kubernetes/incomplete-manifest',
  engine: 'file-problem',
  meta: {
    title: 'Manifest has no apiVersion or no kind',
    category: 'correctness',
    severity: 'error',
    rationale:
      'kubectl apply and a GitOps sync fail on a document with metadata but without `apiVersion` or `kind`; usually a line lost in a merge or an indentation slip. Such a document is not recognised as a Kubernetes object, so no other check looks at it: this finding is the only sign.',
    remediation:
      'Add the missing field (`kubectl explain <kind>` and `kubectl api-resources` give the apiVersion of a kind), or fix the indentation that moved it.',
    messages: { incomplete: '{{detail}}' },
  },
});
