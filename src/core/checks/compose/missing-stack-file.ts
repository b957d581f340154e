import { defineEngineCheck } from '../types';

/** Reported by the engine while building the effective stacks. */
export default defineEngineCheck({
  id: 'compose/missing-stack-file',
  engine: 'compose-problem',
  meta: {
    title: 'Stack lists a Compose file that does not exist',
    category: 'correctness',
    severity: 'error',
    rationale: 'A stack whose layer file is missing cannot be deployed the way stackgate.yml describes it.',
    remediation: 'Fix the path in stacks.<name>.files / environments, or add the file.',
    messages: { missing: '{{detail}}' },
  },
});
