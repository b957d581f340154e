/** Findings shared by the report renderer tests: deliberately out of order, across five files. */
import { defineCheck, type AnyCheck } from '../../src/core/checks/types';
import type { Finding } from '../../src/core/findings';

export const ENVIRONMENTS = ['dev', 'staging', 'prod'];

export const SAMPLE_FINDINGS: Finding[] = [
  {
    file: 'stacks/prod/compose.yaml',
    line: 12,
    column: 5,
    checkId: 'compose/healthcheck-missing',
    messageId: 'missing',
    severity: 'warning',
    category: 'reliability',
    message: 'Service "api" has no healthcheck',
    environments: ['prod'],
    subject: 'mcp/api',
  },
  {
    file: 'k8s/deploy.yaml',
    line: 120,
    column: 11,
    checkId: 'kubernetes/run-as-non-root',
    severity: 'error',
    category: 'security',
    message: 'Container "mcp" of Deployment/mcp may run as root',
  },
  {
    file: 'stacks/common/compose.yaml',
    line: 8,
    column: 3,
    checkId: 'compose/healthcheck-missing',
    messageId: 'missing',
    severity: 'warning',
    category: 'reliability',
    message: 'Service "worker" has no healthcheck',
    environments: ['dev', 'staging', 'prod'],
  },
  {
    file: 'k8s/deploy.yaml',
    line: 7,
    column: 1,
    endLine: 7,
    endColumn: 20,
    checkId: 'kubernetes/run-as-non-root',
    severity: 'error',
    category: 'security',
    message: 'Container "sidecar" of Deployment/mcp may run as root',
  },
  {
    file: 'Dockerfile',
    line: 1,
    column: 1,
    checkId: 'dockerfile/user-root',
    severity: 'warning',
    category: 'security',
    message: 'The final stage has no USER instruction',
  },
  {
    file: 'monitoring/rules.yaml',
    line: 14,
    column: 7,
    checkId: 'monitoring/alert-missing-for',
    severity: 'info',
    category: 'observability',
    message: 'Alert "HighLatency" has no "for"',
  },
  {
    file: 'k8s/deploy.yaml',
    line: 30,
    column: 11,
    checkId: 'kubernetes/run-as-non-root',
    severity: 'error',
    category: 'security',
    message: 'Container "init" of Deployment/mcp may run as root',
  },
];

const noop = (): void => undefined;

/** Checks for the ids above (the renderers take the check list as an argument, so tests don't need the registry). */
export const SAMPLE_CHECKS: AnyCheck[] = [
  defineCheck({
    id: 'kubernetes/run-as-non-root',
    target: 'kubernetes-object',
    meta: {
      title: 'Container may run as root',
      category: 'security',
      severity: 'error',
      rationale: 'A process running as UID 0 turns a container escape into root on the node.',
      remediation: 'Set securityContext.runAsNonRoot: true and a non-zero runAsUser.',
      messages: { root: 'Container "{{name}}" may run as root' },
    },
    check: noop,
  }),
  defineCheck({
    id: 'compose/healthcheck-missing',
    target: 'compose-service',
    meta: {
      title: 'Service has no healthcheck',
      category: 'reliability',
      severity: 'warning',
      rationale: 'Without a healthcheck, depends_on and restarts cannot tell a hung server from a healthy one.',
      remediation: 'Add a healthcheck that probes the MCP endpoint, with interval, timeout and retries.',
      messages: { missing: 'Service "{{name}}" has no healthcheck' },
      productionOnly: true,
    },
    check: noop,
  }),
  defineCheck({
    id: 'dockerfile/user-root',
    target: 'dockerfile',
    meta: {
      title: 'Final stage runs as root',
      category: 'security',
      severity: 'warning',
      rationale: 'Images that run as root give any code execution full control of the container (hadolint DL3002).',
      remediation: 'Add `USER 10001` (or a named user) to the final stage.',
      messages: { root: 'The final stage has no USER instruction' },
    },
    check: noop,
  }),
  defineCheck({
    id: 'monitoring/alert-missing-for',
    target: 'prometheus-rules',
    meta: {
      title: 'Alert fires without a "for" duration',
      category: 'observability',
      severity: 'warning',
      rationale: 'An alert without `for` pages on a single scrape blip.',
      remediation: 'Add `for: 5m` (or longer) to the rule.',
      messages: { missing: 'Alert "{{alert}}" has no "for"' },
    },
    check: noop,
  }),
  defineCheck({
    id: 'compose/no-latest-tag',
    target: 'compose-service',
    meta: {
      title: 'Image uses the latest tag',
      category: 'supply-chain',
      severity: 'warning',
      rationale: 'A moving tag deploys whatever was pushed last.',
      remediation: 'Pin the image to a version tag and digest.',
      messages: { latest: 'Image {{image}} uses latest' },
    },
    check: noop,
  }),
];
