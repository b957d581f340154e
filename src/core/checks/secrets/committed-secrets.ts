import { defineEngineCheck } from '../types';

/**
 * The secret scanner's verdict on the whole tree, as one readiness check. Its findings come from
 * the scanner (`stackgate secrets --mode tree`), run by `stackgate score`; validate never emits it.
 */
export default defineEngineCheck({
  id: 'secrets/committed-secrets',
  engine: 'secret-scan',
  meta: {
    title: 'No credentials committed to the repository',
    category: 'security',
    severity: 'error',
    rationale:
      'A token in a Compose file, an .env file or a Kubernetes Secret is readable by everyone with access to the repository and stays in its history after deletion; the MCP deployment roadmap names credential leaks its top risk. Every secret found is a blocker, whatever the score.',
    remediation:
      'Revoke the credential at its provider, remove it from the file and load it from the platform (Portainer stack variables, External Secrets, GitHub Actions secrets); accept reviewed test values with `stackgate secrets --update-baseline`.',
    messages: {
      found: '{{message}}',
    },
  },
});
