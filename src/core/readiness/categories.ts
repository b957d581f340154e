/**
 * The readiness categories of the score (following the MCP deployment roadmap) and their titles.
 * Every check counts in one (check-category.ts); stackgate.yml sets a minimum per category. A leaf:
 * checks, config and the score all name the categories, so this imports none of them.
 */
export const READINESS_CATEGORIES = ['containerization', 'kubernetes', 'compose', 'secrets', 'monitoring', 'environments', 'cicd', 'docs', 'mcp'] as const;
export type ReadinessCategory = (typeof READINESS_CATEGORIES)[number];

export const READINESS_TITLES: Record<ReadinessCategory, string> = {
  containerization: 'Containerization',
  kubernetes: 'Kubernetes security',
  compose: 'Compose resilience',
  secrets: 'Secrets hygiene',
  monitoring: 'Monitoring and alerting',
  environments: 'Multi-environment',
  cicd: 'CI/CD',
  docs: 'Disaster recovery and documentation',
  mcp: 'MCP services',
};
