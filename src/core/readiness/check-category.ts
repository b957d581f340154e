/**
 * Which readiness category each check counts in. Checks may name theirs (`meta.readiness`);
 * otherwise their domain and category decide. `core/*` checks are about reading files, not about
 * readiness: they are not scored, but an error among them is still a blocker.
 */
import { domainOf, type AnyCheck } from '../checks/types';
import type { ReadinessCategory } from './categories';

export function readinessCategoryOf(check: AnyCheck): ReadinessCategory | undefined {
  if (check.meta.readiness) return check.meta.readiness;
  switch (domainOf(check.id)) {
    case 'core':
      return undefined;
    case 'dockerfile':
      return 'containerization';
    case 'kubernetes':
      return 'kubernetes';
    case 'monitoring':
      return 'monitoring';
    case 'secrets':
      return 'secrets';
    case 'environments':
      return 'environments';
    case 'ci':
      return 'cicd';
    case 'docs':
      return 'docs';
    case 'mcp':
      return 'mcp';
    case 'compose':
      if (check.meta.category === 'security' || check.meta.category === 'supply-chain') return 'containerization';
      if (check.meta.category === 'observability') return 'monitoring';
      return 'compose';
  }
}
