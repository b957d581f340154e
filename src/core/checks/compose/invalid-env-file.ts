import { defineEngineCheck } from '../types';

/** Reported by the engine while building the effective stacks. */
export default defineEngineCheck({
  id: 'compose/invalid-env-file',
  engine: 'compose-problem',
  meta: {
    title: 'Env file line is malformed',
    category: 'correctness',
    severity: 'warning',
    rationale: 'docker compose fails, or silently skips the variable, on lines that are not KEY=VALUE.',
    remediation: 'Write each variable as KEY=VALUE; quote values with spaces.',
    messages: { line: '{{detail}}' },
  },
});
