/** Findings the engine reports itself: load problems, Compose layering problems and promtool results. */
import path from 'node:path';
import type { ComposeProject } from '../compose/project';
import type { StackgateConfig } from '../config/schema';
import type { Workspace } from '../source/workspace';
import type { EngineEmitter } from './emitter';

/** Runners of tools outside stackgate, supplied by the entry point (adapters/prometheus/promtool.ts). */
export interface ExternalTools {
  /** Runs `promtool check rules|config` on files; returns problems per file, or undefined when unavailable. */
  promtool?: (mode: 'rules' | 'config', absFiles: string[]) => PromtoolResult[] | undefined;
}

export interface PromtoolResult {
  file: string;
  ok: boolean;
  messages: string[];
}

const FILE_PROBLEM_CHECKS: Record<string, [string, string]> = {
  syntax: ['core/parse-error', 'syntax'],
  'duplicate-key': ['core/duplicate-key', 'duplicate'],
  'alias-limit': ['core/yaml-alias-limit', 'limit'],
  'too-large': ['core/file-too-large', 'tooLarge'],
  unreadable: ['core/file-unreadable', 'unreadable'],
  'symlink-outside': ['core/symlink-outside-repository', 'outside'],
  empty: ['core/empty-file', 'empty'],
};

const COMPOSE_PROBLEM_CHECKS: Record<string, [string, string]> = {
  'undefined-variable': ['compose/undefined-variable', 'undefined'],
  'required-variable': ['compose/required-variable-missing', 'required'],
  'interpolation-syntax': ['compose/invalid-interpolation', 'syntax'],
  extends: ['compose/invalid-extends', 'extends'],
  'env-file': ['compose/invalid-env-file', 'line'],
  'missing-file': ['compose/missing-stack-file', 'missing'],
};

export function emitEngineFindings(ws: Workspace, compose: ComposeProject, config: StackgateConfig, emit: EngineEmitter, tools: ExternalTools | undefined): void {
  for (const p of ws.problems) {
    const [checkId, messageId] = FILE_PROBLEM_CHECKS[p.code];
    emit(checkId, messageId, { detail: p.message }, { file: p.file, line: p.line, column: p.column });
  }
  for (const p of compose.problems) {
    const [checkId, messageId] = COMPOSE_PROBLEM_CHECKS[p.kind];
    emit(checkId, messageId, { detail: p.message, environment: p.environment }, p.loc, p.environment);
  }
  runPromtool(ws, config, emit, tools);
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
    const results = runner?.(kind, files.map((f) => path.join(ws.root, f)));
    if (!results) {
      if (mode === 'always') emit('monitoring/promtool', 'unavailable', {}, { file: files[0], line: 1, column: 1 });
      return;
    }
    for (const r of results) {
      if (r.ok) continue;
      const rel = path.relative(ws.root, r.file).split(path.sep).join('/');
      for (const message of r.messages.length ? r.messages : ['failed']) {
        const line = /line (\d+)/.exec(message)?.[1] ?? /:(\d+):\d+:/.exec(message)?.[1];
        emit('monitoring/promtool', 'failed', { mode: kind, detail: message }, { file: rel, line: line ? Number(line) : 1, column: 1 });
      }
    }
  }
}
