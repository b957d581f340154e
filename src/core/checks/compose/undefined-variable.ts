import { defineEngineCheck } from '../types';

/** Reported by the engine while building the effective stacks. */
export default defineEngineCheck({
  id: 'compose/undefined-variable',
  engine: 'compose-problem',
  meta: {
    title: 'Interpolated variable is not set',
    category: 'correctness',
    severity: 'warning',
    rationale: 'An unset ${VAR} silently becomes an empty string, so an image tag, port or password may be blank in the deployed stack.',
    remediation:
      'Define the variable in the stack .env file, an env file of the environment, or environments.<env>.variables in stackgate.yml; give it a default with ${VAR:-default}; or, when the deployment supplies it, list it in an .env.example (.env.sample, .env.dist) beside the Compose file or above it.',
    messages: { undefined: '{{detail}}' },
  },
});
