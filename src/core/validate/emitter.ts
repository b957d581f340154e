import type { CheckMeta, ReportData } from '../checks/types';
import type { Loc } from '../source/yaml-tree';

/** A check the engine reports on: an engine check (EngineCheck), or a check that also has problems the engine finds. */
export interface EmittedCheck<M extends string> {
  id: string;
  meta: CheckMeta<M>;
}

/**
 * How the engine itself reports findings (parse errors, interpolation, promtool, invalid suppressions):
 * the check object and one of its message ids, so neither can be misspelt.
 */
export type EngineEmitter = <M extends string>(check: EmittedCheck<M>, messageId: NoInfer<M>, data: ReportData, loc: Loc, environment?: string) => void;
