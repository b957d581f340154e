import { defineEngineCheck } from '../types';

/** Reported by the engine while building the effective stacks. */
export default defineEngineCheck({
  id: 'compose/required-variable-missing',
  engine: 'compose-problem',
  meta: {
    title: 'Required variable has no value',
    category: 'correctness',
    severity: 'error',
    rationale: 'docker compose refuses to start a stack whose ${VAR:?message} variable is unset; the deploy fails.',
    remediation: 'Provide the variable for this environment (env file or environments.<env>.variables).',
    messages: { required: '{{detail}} (environment {{environment}})' },
  },
});
