import type { Loc, ParsedYaml, TreeNode } from '../../source/yaml-tree';
import { defineCheck } from '../types';

/** Variable names that hold credentials: DB_PASSWORD, PGPASSWORD, GITHUB_TOKEN, N8N_API_KEY, CLIENT_SECRET. */
const CREDENTIAL = /(PASSWORD|PASSWD|TOKEN|SECRET|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH_?KEY|CREDENTIALS?)(_|$)/i;
/** Settings that point at a file holding the credential (the Docker secrets convention). */
const FILE_SETTING = /_(FILE|PATH|FILES)$/i;
const REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;

interface EnvEntry {
  key: string;
  loc: Loc;
}

export default defineCheck({
  id: 'secrets/compose-secrets-in-production',
  target: 'repository',
  meta: {
    title: 'Production credential passed as a plain environment variable',
    category: 'security',
    severity: 'info',
    rationale:
      "A credential interpolated into `environment:` ends up in `docker inspect`, in the container's /proc/1/environ, in every child process and in crash dumps and debug logs that print the environment, and the Portainer stack shows it to everyone with access to the stack. Compose `secrets:` (or a `*_FILE` variable pointing at /run/secrets) mount it as a file readable only inside the container. Checkov (CKV_DOCKER_*) and the CIS Docker Benchmark recommend the same.",
    remediation:
      'Declare the credential as a Compose secret (`secrets: { db_password: { environment: DB_PASSWORD } }` or `file:`), grant it to the service (`secrets: [db_password]`) and have the service read the file, e.g. `POSTGRES_PASSWORD_FILE: /run/secrets/db_password`; for images without *_FILE support, use an entrypoint that exports the file.',
    messages: {
      plainCredential:
        'service "{{service}}" gets credential {{variable}} as a plain environment variable interpolated from {{source}}{{where}}; pass it through Compose `secrets:` or a *_FILE variable',
    },
  },
  check(ctx) {
    const production = ctx.compose.environments.filter((e) => e.isProduction);
    const stacks = production.flatMap((env) => (ctx.compose.effective.get(env.name) ?? []).map((stack) => ({ env: env.name, stack })));
    if (!stacks.some(({ stack }) => stack.services.length)) return ctx.notApplicable();
    const raw = new RawValues((file) => ctx.yaml(file));
    // One finding per service and variable, naming every production environment it reaches.
    const found = new Map<string, { loc: Loc; data: Record<string, string>; environments: string[] }>();
    for (const { env, stack } of stacks) {
      for (const service of stack.services) {
        for (const entry of envEntries(service.node.entries.get('environment'))) {
          const text = raw.at(entry.loc);
          if (text === undefined || FILE_SETTING.test(entry.key)) continue;
          const references = [...text.replace(/\$\$/g, '').matchAll(REFERENCE)].map((m) => m[1]);
          if (!references.length) continue;
          const credentials = references.filter((r) => CREDENTIAL.test(r));
          if (!CREDENTIAL.test(entry.key) && !credentials.length) continue;
          const source = (credentials.length ? credentials : references).map((r) => `\${${r}}`).join(', ');
          const key = `${entry.loc.file}:${entry.loc.line}:${entry.loc.column}|${service.name}|${entry.key}`;
          const hit = found.get(key) ?? { loc: entry.loc, data: { service: service.name, variable: entry.key, source }, environments: [] };
          hit.environments.push(env);
          found.set(key, hit);
        }
      }
    }
    for (const { loc, data, environments } of found.values())
      ctx.report({ messageId: 'plainCredential', data: { ...data, where: inEnvironments(environments) }, at: loc });
  },
});

/** " in prod, live" for messages; nothing in a repository without environments (its one unnamed pass). */
function inEnvironments(environments: readonly string[]): string {
  const named = environments.filter((e) => e !== '');
  return named.length ? ` in ${named.join(', ')}` : '';
}

/** Entries of `environment:` (a map, or a list of KEY=VALUE) with the position of their value. */
function envEntries(node: TreeNode | undefined): EnvEntry[] {
  if (node?.kind === 'map') return [...node.entries].map(([key, v]) => ({ key, loc: v.loc }));
  if (node?.kind !== 'seq') return [];
  return node.items.flatMap((item) =>
    item.kind === 'scalar' && typeof item.value === 'string' && item.value.includes('=')
      ? [{ key: item.value.slice(0, item.value.indexOf('=')), loc: item.loc }]
      : [],
  );
}

/** The text of a scalar as written in its file, before interpolation, by position. */
class RawValues {
  private readonly byFile = new Map<string, Map<string, string>>();
  constructor(private readonly yaml: (file: string) => ParsedYaml | undefined) {}

  at(loc: Loc): string | undefined {
    let index = this.byFile.get(loc.file);
    if (!index) {
      index = new Map();
      const add = (n: TreeNode | null | undefined): void => {
        if (!n) return;
        if (n.kind === 'scalar') {
          if (typeof n.value === 'string') index!.set(`${n.loc.line}:${n.loc.column}`, n.value);
        } else if (n.kind === 'seq') n.items.forEach(add);
        else n.entries.forEach(add);
      };
      for (const doc of this.yaml(loc.file)?.documents ?? []) add(doc.root);
      this.byFile.set(loc.file, index);
    }
    return index.get(`${loc.line}:${loc.column}`);
  }
}
