import { detectSecret } from '../../secrets/detector';
import { getNode, type TreeNode } from '../../source/yaml-tree';
import { defineCheck } from '../types';
import { listOrMapEntries } from './_list-or-map';

export default defineCheck({
  id: 'compose/hardcoded-secret',
  target: 'compose-file',
  meta: {
    title: 'Secret written into a Compose file',
    category: 'security',
    readiness: 'secrets',
    severity: 'error',
    rationale:
      'A token or password in a Compose file is in git history forever, in every clone and CI log, and visible to anyone who can run `docker inspect` on the host. Leaked GitHub, cloud and LLM API keys are abused within minutes of being pushed. gitleaks, trufflehog and the KICS "Passwords And Secrets" rule catch the same pattern.',
    remediation:
      'Revoke and rotate the secret first. Then reference it: `TOKEN: ${TOKEN}` with the value in an untracked env file or CI secret, or better a Compose `secrets:` entry mounted at /run/secrets and read through `*_FILE` variables.',
    messages: {
      environment: 'service "{{service}}" sets {{key}} to a hard-coded {{rule}}: {{preview}}',
      buildArg: 'service "{{service}}" passes a hard-coded {{rule}} as build argument {{key}}: {{preview}}; build args are stored in the image history',
    },
  },
  check(ctx) {
    const services = getNode(ctx.root, ['services']);
    if (services?.kind !== 'map') return;
    for (const [service, node] of services.entries) {
      if (node.kind !== 'map') continue;
      scan(node, ['environment'], (key, preview, rule, path) =>
        ctx.report({ messageId: 'environment', data: { service, key, rule, preview }, at: ['services', service, ...path] }),
      );
      scan(node, ['build', 'args'], (key, preview, rule, path) =>
        ctx.report({ messageId: 'buildArg', data: { service, key, rule, preview }, at: ['services', service, ...path] }),
      );
    }
  },
});

function scan(service: TreeNode, field: string[], found: (key: string, preview: string, rule: string, path: (string | number)[]) => void): void {
  for (const entry of listOrMapEntries(getNode(service, field))) {
    if (entry.value === null) continue;
    const match = detectSecret({ key: entry.key, value: entry.value });
    // Only the key, the rule and the redacted preview leave this function: never the value.
    if (match) found(entry.key, match.redacted, match.description, [...field, ...entry.path]);
  }
}
