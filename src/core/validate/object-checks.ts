/**
 * The checks of one Kubernetes object (target `kubernetes-object`), as validate runs them on each
 * manifest. What they report depends on the object, whether it is a production manifest, the
 * settings and the built-in models only, so a worker thread that parsed the file can run them
 * (prepare-files.ts) and validate takes its reports in place of running the checks again.
 */
import { formatMessage, isEngineCheck, isLoc, type AnyCheck, type ReportDescriptor, type RunnableCheck } from '../checks/types';
import type { BuiltInModels } from '../kubernetes/built-in-models';
import type { KubernetesObject } from '../kubernetes/objects';
import { locate, type Loc, type TreeNode } from '../source/yaml-tree';
import type { EmittedCheck } from './emitter';
import type { CheckSettings } from './settings';

/** A report with its message written and its location found. */
export interface ObjectReport {
  messageId: string;
  message: string;
  loc: Loc;
}

/** One check run on one object: what it reported (plain data, so it can cross threads). */
export interface ObjectCheckRun {
  checkId: string;
  reports: ObjectReport[];
}

export interface ObjectCheckContext {
  settings: CheckSettings;
  isProduction: boolean;
  builtInModels: BuiltInModels;
}

/** The report of a check as validate records it: the message from its template, the location of a path under `root` (else `fallback`). */
export function describeReport(check: EmittedCheck<string>, root: TreeNode | null | undefined, fallback: Loc, d: ReportDescriptor<string>): ObjectReport {
  const template = check.meta.messages[d.messageId];
  if (template === undefined) throw new Error(`check ${check.id} reported unknown messageId "${d.messageId}"`);
  const loc = isLoc(d.at) ? d.at : locate(root, d.at ?? [], fallback);
  return { messageId: d.messageId, message: formatMessage(template, d.data), loc };
}

/** The enabled checks of single objects, in registry order (validate leaves out those only for MCP repositories where there is none). */
export function objectChecksOf(checks: readonly AnyCheck[], settings: CheckSettings): RunnableCheck[] {
  return checks.filter((c): c is RunnableCheck => !isEngineCheck(c) && c.target === 'kubernetes-object' && !!settings.get(c.id)?.enabled);
}

/** Runs the checks on the object in order; a production-only check runs on a production manifest only. */
export function checkObject(object: KubernetesObject, checks: readonly RunnableCheck[], context: ObjectCheckContext): ObjectCheckRun[] {
  const { settings, isProduction, builtInModels } = context;
  const runs: ObjectCheckRun[] = [];
  for (const check of checks) {
    if (check.meta.productionOnly && !isProduction) continue;
    const reports: ObjectReport[] = [];
    runs.push({ checkId: check.id, reports });
    check.check({
      options: settings.get(check.id)?.options,
      object,
      isProduction,
      builtInModels,
      report: (d: ReportDescriptor<string>) => reports.push(describeReport(check, object.root, object.loc, d)),
    });
  }
  return runs;
}
