import { objectLabel } from '../../kubernetes/objects';
import { detectSecret, type SecretMatch } from '../../secrets/detector';
import { defineCheck } from '../types';

/** `KEY=value`, `key: value`, `export KEY="value"`: one assignment of a config file or env file. */
const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*[:=]\s*(.+?)\s*$/;

function unquote(v: string): string {
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

/** The first secret in one ConfigMap value: the value itself under its key, or a line of an embedded file. */
function secretIn(key: string, value: string): { match: SecretMatch; line?: number } | undefined {
  if (!value.includes('\n')) {
    const match = detectSecret({ key, value });
    return match ? { match } : undefined;
  }
  const lines = value.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim() || /^\s*[#;]/.test(line)) continue;
    const m = ASSIGNMENT.exec(line);
    const match = m ? detectSecret({ key: m[1], value: unquote(m[2]) }) : detectSecret({ value: line.trim() });
    if (match) return { match, line: i + 1 };
  }
  return undefined;
}

export default defineCheck({
  id: 'kubernetes/secret-in-configmap',
  target: 'kubernetes-object',
  meta: {
    title: 'Secret written into a ConfigMap',
    category: 'security',
    readiness: 'secrets',
    severity: 'error',
    rationale:
      'A ConfigMap is not a secret store: it is readable by anyone who can `get configmaps` (far more people and controllers than can read Secrets), shown by `kubectl describe`, never encrypted at rest and committed in plain text. A token or password in its data, or in a config file it carries, leaks with every clone and GitOps diff. kube-linter and Polaris only look at env; this uses the same secret rules as `stackgate secrets`.',
    remediation:
      'Rotate the value that was committed, move it into a Secret (sealed, SOPS-encrypted or synced by External Secrets) and mount or reference that; keep only the non-secret settings in the ConfigMap.',
    messages: {
      value: '{{object}}: data key "{{key}}" holds a literal {{description}} ({{preview}}); move it into a Secret',
      embedded: '{{object}}: line {{line}} of data key "{{key}}" holds a literal {{description}} ({{preview}}); move it into a Secret',
    },
  },
  check(ctx) {
    const obj = ctx.object;
    if (obj.kind !== 'ConfigMap' || obj.apiVersion !== 'v1') return;
    const data = obj.value.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return;
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      const found = secretIn(key, String(value));
      if (!found) continue;
      // Only the key, the rule and the redacted preview leave this check: never the value.
      const common = { object: objectLabel(obj), key, description: found.match.description, preview: found.match.redacted };
      if (found.line === undefined) ctx.report({ messageId: 'value', data: common, at: ['data', key] });
      else ctx.report({ messageId: 'embedded', data: { ...common, line: found.line }, at: ['data', key] });
    }
  },
});
