/** Every id a secret finding can carry, and the form inline suppressions use (`secrets:<rule-id>`). */
import { SECRET_RULES } from './rules/index';

export const GENERIC_RULE_IDS = ['generic-secret-assignment', 'generic-url-credentials', 'kubernetes-secret-data'] as const;

export const SECRET_RULE_IDS: readonly string[] = [...SECRET_RULES.map((r) => r.id), ...GENERIC_RULE_IDS];

export const SUPPRESSION_PREFIX = 'secrets:';

export function secretSuppressionIds(): Set<string> {
  return new Set(SECRET_RULE_IDS.map((id) => `${SUPPRESSION_PREFIX}${id}`));
}
