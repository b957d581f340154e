/**
 * Findings the engine reports itself: load problems, Compose layering problems and promtool results.
 * Each kind of problem maps to its engine check (imported, with one of its message ids), so a
 * problem kind without a check, or a misspelt check or message, does not compile.
 */
import path from 'node:path';
import invalidEnvFile from '../checks/compose/invalid-env-file';
import invalidExtends from '../checks/compose/invalid-extends';
import invalidInterpolation from '../checks/compose/invalid-interpolation';
import missingStackFile from '../checks/compose/missing-stack-file';
import requiredVariableMissing from '../checks/compose/required-variable-missing';
import undefinedVariable from '../checks/compose/undefined-variable';
import duplicateKey from '../checks/core/duplicate-key';
import emptyFile from '../checks/core/empty-file';
import fileTooLarge from '../checks/core/file-too-large';
import fileUnreadable from '../checks/core/file-unreadable';
import parseError from '../checks/core/parse-error';
import symlinkOutsideRepository from '../checks/core/symlink-outside-repository';
import yamlAliasLimit from '../checks/core/yaml-alias-limit';
import incompleteManifest from '../checks/kubernetes/incomplete-manifest';
import promtoolCheck from '../checks/monitoring/promtool';
import helmNotRendered from '../checks/kubernetes/helm-not-rendered';
import helmTemplate from '../checks/kubernetes/helm-template';
import kustomizeBuild from '../checks/kubernetes/kustomize-build';
import type { EngineCheck, EngineSource } from '../checks/types';
import type { ComposeProblem, ComposeProject } from '../compose/project';
import type { StackgateConfig } from '../config/schema';
import type { Severity } from '../findings';
import type { FileProblem, Workspace } from '../source/workspace';
import type { EngineEmitter } from './emitter';
import { chartName, renderHelmCharts, type HelmRenderer } from './helm-charts';
import { buildKustomizeOverlays, type KustomizeRenderer } from './kustomize-overlays';

/** Runners of tools outside stackgate, supplied by the entry point (adapters/prometheus/promtool.ts). */
export interface ExternalTools {
  /** Runs `promtool check rules|config` on files; returns problems per file, or undefined when unavailable. */
  promtool?: (mode: 'rules' | 'config', absFiles: string[]) => PromtoolResult[] | undefined;
  /** Runs `helm template` on a chart directory (adapters/helm/helm-template.ts); undefined when helm is not installed. */
  helm?: HelmRenderer;
  /** Runs `kubectl kustomize` on an overlay directory (adapters/kustomize/kubectl-kustomize.ts); undefined when kubectl is not installed. */
  kustomize?: KustomizeRenderer;
}

export interface PromtoolResult {
  file: string;
  ok: boolean;
  messages: string[];
}

/** An engine check and the message it reports for one kind of problem. */
interface EngineReport<S extends EngineSource> {
  check: EngineCheck<string, S>;
  messageId: string;
  /** A severity this kind of problem always has, above the check's own (a setting of `off` still turns it off). */
  severity?: Severity;
}

/** Pairs a check with one of its own message ids (a message id the check does not declare does not compile). */
function reports<M extends string, S extends EngineSource>(check: EngineCheck<M, S>, messageId: NoInfer<M>, severity?: Severity): EngineReport<S> {
  return { check, messageId, ...(severity ? { severity } : {}) };
}

/** Every kind of problem met while loading files, and the check that reports it. */
const FILE_PROBLEMS: Record<FileProblem['code'], EngineReport<'file-problem'>> = {
  syntax: reports(parseError, 'syntax'),
  'duplicate-key': reports(duplicateKey, 'duplicate'),
  'alias-limit': reports(yamlAliasLimit, 'limit'),
  'too-large': reports(fileTooLarge, 'tooLarge'),
  unreadable: reports(fileUnreadable, 'unreadable'),
  'symlink-outside': reports(symlinkOutsideRepository, 'outside'),
  empty: reports(emptyFile, 'empty'),
  'incomplete-manifest': reports(incompleteManifest, 'incomplete'),
};

/** Every kind of problem met while building the effective Compose stacks, and the check that reports it. */
const COMPOSE_PROBLEMS: Record<ComposeProblem['kind'], EngineReport<'compose-problem'>> = {
  'undefined-variable': reports(undefinedVariable, 'undefined'),
  'required-variable': reports(requiredVariableMissing, 'required'),
  // The environment declares its variables complete: nothing supplies the value at deploy time.
  'required-variable-complete': reports(requiredVariableMissing, 'requiredComplete', 'error'),
  'interpolation-syntax': reports(invalidInterpolation, 'syntax'),
  extends: reports(invalidExtends, 'extends'),
  'env-file': reports(invalidEnvFile, 'line'),
  'missing-file': reports(missingStackFile, 'missing'),
};

/** The engine checks each table reports (the registry test holds them to the catalogue). */
export const ENGINE_TABLES = { 'file-problem': FILE_PROBLEMS, 'compose-problem': COMPOSE_PROBLEMS } as const;

export function emitEngineFindings(
  ws: Workspace,
  compose: ComposeProject,
  config: StackgateConfig,
  emit: EngineEmitter,
  tools: ExternalTools | undefined,
): void {
  for (const p of ws.problems) {
    const { check, messageId } = FILE_PROBLEMS[p.code];
    emit(check, messageId, { detail: p.message }, { file: p.file, line: p.line, column: p.column });
  }
  for (const p of compose.problems) {
    const { check, messageId, severity } = COMPOSE_PROBLEMS[p.kind];
    emit(check, messageId, { detail: p.message, environment: p.environment }, p.loc, p.environment, severity);
  }
  runPromtool(ws, config, emit, tools);
  emitHelmFindings(ws, config, emit, tools);
  for (const p of buildKustomizeOverlays(ws, config, tools?.kustomize)) {
    const dir = path.posix.dirname(p.file);
    if (p.kind === 'unavailable') emit(kustomizeBuild, 'unavailable', { dir }, { file: p.file, line: 1, column: 1 });
    else emit(kustomizeBuild, 'failed', { dir, detail: p.detail }, { file: p.file, line: 1, column: 1 });
  }
}

/** Charts not rendered, failed or required and unrenderable (validate() rendered them first; this reads the same results). */
function emitHelmFindings(ws: Workspace, config: StackgateConfig, emit: EngineEmitter, tools: ExternalTools | undefined): void {
  for (const p of renderHelmCharts(ws, config.kubernetes.helm, tools?.helm)) {
    const chart = chartName(ws, p.chart);
    const at = { file: p.chart.chartFile, line: 1, column: 1 };
    if (p.kind === 'not-rendered') emit(helmNotRendered, 'notRendered', { chart, reason: p.reason }, at);
    else if (p.kind === 'unavailable') emit(helmTemplate, 'unavailable', { chart }, at);
    else if (p.kind === 'invalid-chart') emit(helmTemplate, 'invalidChart', { chart, detail: p.detail }, p.loc);
    else emit(helmTemplate, 'failed', { chart, detail: p.detail }, p.loc);
  }
}

function runPromtool(ws: Workspace, config: StackgateConfig, emit: EngineEmitter, tools: ExternalTools | undefined): void {
  const mode = config.monitoring.promtool;
  if (mode === 'never') return;
  // promtool reads plain rule/config files only; PrometheusRule resources are checked by stackgate's own checks.
  const ruleFiles = [...new Set(ws.prometheusRules.filter((d) => d.basePath.length === 0).map((d) => d.file))];
  const configFiles = [...new Set(ws.prometheusConfigs.map((d) => d.file))];
  if (!ruleFiles.length && !configFiles.length) return;
  const runner = tools?.promtool;
  const batches: ['rules' | 'config', string[]][] = [
    ['rules', ruleFiles],
    ['config', configFiles],
  ];
  for (const [kind, files] of batches) {
    if (!files.length) continue;
    const results = runner?.(
      kind,
      files.map((f) => path.join(ws.root, f)),
    );
    if (!results) {
      if (mode === 'always') emit(promtoolCheck, 'unavailable', {}, { file: files[0], line: 1, column: 1 });
      return;
    }
    for (const r of results) {
      if (r.ok) continue;
      const rel = path.relative(ws.root, r.file).split(path.sep).join('/');
      for (const message of r.messages.length ? r.messages : ['failed']) {
        const line = /line (\d+)/.exec(message)?.[1] ?? /:(\d+):\d+:/.exec(message)?.[1];
        emit(promtoolCheck, 'failed', { mode: kind, detail: message }, { file: rel, line: line ? Number(line) : 1, column: 1 });
      }
    }
  }
}
