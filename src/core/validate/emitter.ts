import type { ReportData } from '../checks/types';
import type { Loc } from '../source/yaml-tree';

/** How the engine itself reports findings of its own checks (parse errors, interpolation, promtool). */
export type EngineEmitter = (checkId: string, messageId: string, data: ReportData, loc: Loc, environment?: string) => void;
