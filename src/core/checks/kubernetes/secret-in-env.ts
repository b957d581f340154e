import { containersOf, objectLabel } from '../../kubernetes/objects';
import { detectSecret } from '../../secrets/detector';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/secret-in-env',
  target: 'kubernetes-object',
  meta: {
    title: 'Secret written as a literal environment variable',
    category: 'security',
    readiness: 'secrets',
    severity: 'error',
    rationale:
      'A password or API token in `env[].value` is stored in Git, in the Deployment object (readable by anyone who can `get deployments`), in `kubectl describe` output and in every GitOps diff. MCP servers hold tokens for the tools they call, so a leak reaches far. kube-linter (env-var-secret) and Polaris (sensitiveContainerEnvVar) flag it.',
    remediation:
      'Move the value into a Secret (sealed, SOPS-encrypted or synced by External Secrets) and reference it: `valueFrom: { secretKeyRef: { name: mcp-secrets, key: api-token } }`. Rotate the value that was committed.',
    messages: {
      literal: '{{object}}: container "{{container}}" sets {{variable}} to a literal {{description}} ({{preview}}); use valueFrom.secretKeyRef',
    },
  },
  check(ctx) {
    for (const c of containersOf(ctx.object)) {
      const env = c.value.env;
      if (!Array.isArray(env)) continue;
      env.forEach((e: unknown, i: number) => {
        if (!e || typeof e !== 'object') return;
        const { name, value } = e as Record<string, unknown>;
        if (typeof name !== 'string' || (typeof value !== 'string' && typeof value !== 'number')) return;
        const match = detectSecret({ key: name, value: String(value) });
        if (!match) return;
        // The message names the variable, the kind of secret and the redacted preview, never the value.
        ctx.report({
          messageId: 'literal',
          data: { object: objectLabel(ctx.object), container: c.name, variable: name, description: match.description, preview: match.redacted },
          at: [...c.path, 'env', i, 'value'],
        });
      });
    }
  },
});
