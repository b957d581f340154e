/**
 * Which readiness blockers a step annotates. Alone, the readiness action annotates every blocker.
 * In the all-in-one action its validate and secrets steps have already annotated theirs (error
 * findings of validate's checks, secrets the pull request adds), so the readiness step annotates
 * only blockers of repository-level checks (workflows, docs, environments, MCP services), which
 * neither of them reports: the same finding never shows twice on a line.
 */
import { CHECKS } from '../checks/index';
import { UserError } from '../errors';
import type { Blocker } from './report-schema';
import { SECRETS_CHECK_ID } from './score';

export const ANNOTATE_MODES = ['all', 'repository-checks', 'none'] as const;
export type AnnotateMode = (typeof ANNOTATE_MODES)[number];

/** An action's `annotate` input; empty means all. */
export function parseAnnotateMode(input: string, where = 'input "annotate"'): AnnotateMode {
  if (!input) return 'all';
  if (!(ANNOTATE_MODES as readonly string[]).includes(input)) throw new UserError(`${where}: expected one of ${ANNOTATE_MODES.join(', ')}, got "${input}"`);
  return input as AnnotateMode;
}

const REPOSITORY_CHECKS = new Set(CHECKS.filter((c) => c.target === 'repository').map((c) => c.id));

/** The blockers to annotate in `mode`, in the report's order. */
export function blockersToAnnotate(blockers: readonly Blocker[], mode: AnnotateMode): Blocker[] {
  if (mode === 'none') return [];
  if (mode === 'all') return [...blockers];
  return blockers.filter((b) => REPOSITORY_CHECKS.has(b.checkId) && b.checkId !== SECRETS_CHECK_ID);
}
