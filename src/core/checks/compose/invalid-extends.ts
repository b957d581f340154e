import { defineEngineCheck } from '../types';

/** Reported by the engine while building the effective stacks. */
export default defineEngineCheck({
  id: 'compose/invalid-extends',
  engine: 'compose-problem',
  meta: {
    title: 'extends cannot be resolved',
    category: 'correctness',
    severity: 'error',
    rationale: 'docker compose fails to load a service whose extends names a missing service or file, or forms a cycle.',
    remediation: 'Point extends at an existing service (and file, relative to this file).',
    messages: { extends: '{{detail}}' },
  },
});
