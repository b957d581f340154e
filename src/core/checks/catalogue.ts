/** The check catalogue as data (for `stackgate checks --format json`) and as docs/checks.md. */
import type { AnyCheck, Domain } from './types';
import { DOMAINS, domainOf } from './types';

export interface CatalogueEntry {
  id: string;
  title: string;
  domain: Domain;
  category: string;
  severity: string;
  productionOnly: boolean;
  /** Only where the repository deploys MCP servers (CheckMeta.mcpOnly). */
  mcpOnly: boolean;
  /** Only where the repository is operated (CheckMeta.operatedOnly). */
  operatedOnly: boolean;
  rationale: string;
  remediation: string;
  hasOptions: boolean;
}

export function catalogue(checks: readonly AnyCheck[]): CatalogueEntry[] {
  return checks.map((c) => ({
    id: c.id,
    title: c.meta.title,
    domain: domainOf(c.id),
    category: c.meta.category,
    severity: c.meta.severity,
    productionOnly: !!c.meta.productionOnly,
    mcpOnly: !!c.meta.mcpOnly,
    operatedOnly: !!c.meta.operatedOnly,
    rationale: c.meta.rationale,
    remediation: c.meta.remediation,
    hasOptions: !!c.options,
  }));
}

const DOMAIN_TITLES: Record<Domain, string> = {
  core: 'Loading (core)',
  compose: 'Docker Compose',
  kubernetes: 'Kubernetes',
  dockerfile: 'Dockerfile',
  monitoring: 'Monitoring (Prometheus, Grafana)',
  secrets: 'Secrets hygiene',
  environments: 'Environments',
  ci: 'CI/CD workflows',
  docs: 'Documentation and disaster recovery',
  mcp: 'MCP services',
};

/**
 * GitHub's heading anchor for a check id heading (`compose/image-latest-tag` -> `composeimage-latest-tag`):
 * lowercase, punctuation such as `/` removed, each space a `-` (github-slugger, which GitHub's
 * renderer follows; ids are ASCII, so its Unicode letters do not arise).
 */
export function anchorOf(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
}

/** docs/checks.md on the project's default branch: the SARIF rules' helpUri, and where comments and summaries link check ids. */
export const CHECKS_DOC_URL = 'https://github.com/stackgate/stackgate/blob/main/docs/checks.md';

/** The section of a check in docs/checks.md. */
export function checkDocUrl(id: string): string {
  return `${CHECKS_DOC_URL}#${anchorOf(id)}`;
}

export function renderChecksMarkdown(checks: readonly AnyCheck[]): string {
  const entries = catalogue(checks);
  const out: string[] = [
    '<!-- Generated from src/core/checks by `npm run build` (stackgate checks --format markdown). Do not edit. -->',
    '# stackgate checks',
    '',
    `${entries.length} checks. Severities are defaults; change them per check or per path in \`stackgate.yml\`:`,
    '',
    '```yaml',
    'checks:',
    '  compose/read-only-rootfs: off          # or error | warning | info',
    'overrides:',
    '  - files: ["stacks/dev/**"]',
    '    checks: { compose/memory-limit: info }',
    '```',
    '',
    'Suppress one finding inline with `# stackgate-ignore <check-id>: <reason>` on the line or the line above.',
    '',
    'Checks marked *only where the repository is operated* (runbooks, backups, alerting, log shipping, CI gates) apply to',
    'repositories that deploy something: stackgate.yml names environments or MCP services, the Compose layout names',
    'environments (`stacks/<env>/`, `docker-compose.<env>.yml`), a Kubernetes manifest belongs to a named environment',
    '(a path segment or namespace such as `overlays/prod`), or the repository holds Flux Kustomizations, HelmReleases or',
    'Argo CD Applications. In a library, tool or example repository they are not applicable and do not count in the score.',
    '',
  ];
  for (const domain of DOMAINS) {
    const list = entries.filter((e) => e.domain === domain);
    if (!list.length) continue;
    out.push(`## ${DOMAIN_TITLES[domain]}`, '', '| Check | Severity | Category | Title |', '| --- | --- | --- | --- |');
    for (const e of list)
      out.push(`| [\`${e.id}\`](#${anchorOf(e.id)}) | ${e.severity} | ${e.category} | ${e.title}${e.productionOnly ? ' (production only)' : ''} |`);
    out.push('');
    for (const e of list) {
      out.push(
        `### ${e.id}`,
        '',
        `**${e.title}** — default severity \`${e.severity}\`, category \`${e.category}\`${e.productionOnly ? ', production environments only' : ''}${e.mcpOnly ? ', only where MCP servers are deployed' : ''}${e.operatedOnly ? ', only where the repository is operated' : ''}${e.hasOptions ? ', configurable options' : ''}.`,
        '',
      );
      out.push(`Why: ${e.rationale}`, '', `How to fix: ${e.remediation}`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
