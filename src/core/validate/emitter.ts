import type { CheckMeta, ReportData } from '../checks/types';
import type { Severity } from '../findings';
import type { Loc } from '../source/yaml-tree';

/** A check the engine reports on: an engine check (EngineCheck), or a check that also has problems the engine finds. */
export interface EmittedCheck<M extends string> {
  id: string;
  meta: CheckMeta<M>;
}

/**
 * How the engine itself reports findings (parse errors, interpolation, promtool, invalid suppressions):
 * the check object and one of its message ids, so neither can be misspelt.
 * `severity`, when given, is the finding's severity in place of the check's setting (an override of its path still applies).
 */
export type EngineEmitter = <M extends string>(
  check: EmittedCheck<M>,
  messageId: NoInfer<M>,
  data: ReportData,
  loc: Loc,
  environment?: string,
  severity?: Severity,
) => void;
