import { defineEngineCheck } from '../types';

/**
 * Reported by the engine while building the effective stacks. A warning: the value is usually
 * supplied where the stack is deployed. In an environment whose variables are all in the repository
 * (`environments.<env>.variablesComplete: true`) the finding is an error.
 */
export default defineEngineCheck({
  id: 'compose/required-variable-missing',
  engine: 'compose-problem',
  meta: {
    title: 'Required variable has no value in the repository',
    category: 'correctness',
    severity: 'warning',
    rationale:
      'docker compose refuses to start a stack whose ${VAR:?message} variable is unset; the deploy fails unless the deployment supplies it (a Portainer stack variable, the environment of the deploy job). An environment that declares its variables complete (`variablesComplete: true`) supplies nothing at deploy time, so there the missing value is an error.',
    remediation:
      'Make sure the deployment sets the variable (the Portainer stack variables, the deploy job environment); or give it a value in the repository: an env file of the environment or environments.<env>.variables in stackgate.yml.',
    messages: {
      required:
        '{{detail}}: the repository has no value for it, so it must be supplied where the stack is deployed (the Portainer stack variables, the deploy job environment)',
      requiredComplete: '{{detail}}, and environment {{environment}} declares its variables complete (variablesComplete: true)',
    },
  },
});
