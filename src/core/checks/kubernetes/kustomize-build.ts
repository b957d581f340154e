import { defineEngineCheck } from '../types';

/** Reported by the engine when `kubectl kustomize` fails on an overlay, or is required and missing (validate/kustomize-overlays.ts). */
export default defineEngineCheck({
  id: 'kubernetes/kustomize-build',
  engine: 'kustomize',
  meta: {
    title: 'kubectl kustomize fails on the overlay',
    category: 'correctness',
    severity: 'error',
    rationale:
      'An overlay that kustomize cannot build cannot be applied: kubectl apply -k, Argo CD and Flux all fail on it at deploy time, after the change was merged.',
    remediation:
      'Run "kubectl kustomize <dir>" locally and fix the resource, patch or generator it names. Set kubernetes.kustomize to never (or auto where kubectl is not installed) to check the files as written instead.',
    messages: {
      failed: 'kubectl kustomize {{dir}} failed: {{detail}}',
      unavailable: 'the overlay {{dir}} cannot be built: kubernetes.kustomize is "always" but kubectl is not installed',
    },
  },
});
