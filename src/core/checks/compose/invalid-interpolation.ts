import { defineEngineCheck } from '../types';

/** Reported by the engine while building the effective stacks. */
export default defineEngineCheck({
  id: 'compose/invalid-interpolation',
  engine: 'compose-problem',
  meta: {
    title: 'Interpolation syntax is invalid',
    category: 'correctness',
    severity: 'error',
    rationale: 'docker compose rejects malformed ${...} expressions when it loads the file.',
    remediation: 'Use $VAR, ${VAR}, ${VAR:-default}, ${VAR:?error} or ${VAR:+alt}; write $$ for a literal dollar sign.',
    messages: { syntax: '{{detail}}' },
  },
});
