/**
 * actions/environments: `mode: sync` applies environments.<env>.protection of stackgate.yml to the
 * repository's GitHub environments, `mode: check` reports drift and fails without changing anything
 * (app/sync-environments.ts). The report goes to the log, the job summary and the outputs.
 */
import fs from 'node:fs';
import * as core from '@actions/core';
import { proxySettingsFromEnv } from '../adapters/github/proxy';
import { readRunContext } from '../adapters/github/run-context';
import type { GitHubClientTuning } from '../app/post-readiness-comment';
import { syncEnvironments } from '../app/sync-environments';
import { hasDrift, renderEnvironmentsMarkdown, renderEnvironmentsText, type EnvironmentsReport } from '../core/environments/report';
import { UserError } from '../core/errors';
import { OUTPUT_LIMIT } from '../core/report/channel-budgets';
import { failStep } from './fail-step';
import { resolveInputPath } from './input-path';
import { actionLog, info } from './log';

export async function run(env: NodeJS.ProcessEnv = process.env, tuning?: Omit<GitHubClientTuning, 'deadlineMs'>): Promise<void> {
  let toWorkspace = (file: string) => file;
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  try {
    const input = resolveInputPath(env);
    toWorkspace = input.toWorkspace;
    const mode = core.getInput('mode') || 'check';
    if (mode !== 'sync' && mode !== 'check') throw new UserError(`input "mode": expected sync or check, got "${mode}"`);
    const context = readRunContext(env);
    if (!context.repository) throw new UserError('GITHUB_REPOSITORY is not set');
    if (!token)
      throw new UserError(`input "github-token" is empty`, {
        hint: mode === 'sync' ? 'sync needs a token with the Administration repository permission (write)' : 'check needs a token with Actions (read)',
      });
    const report = await syncEnvironments({
      mode,
      root: input.root,
      config: core.getInput('config') || undefined,
      repository: context.repository,
      token,
      apiUrl: context.apiUrl,
      proxy: proxySettingsFromEnv(env),
      tuning,
      log: actionLog,
    });
    info(renderEnvironmentsText(report));
    if (env.GITHUB_STEP_SUMMARY) fs.appendFileSync(env.GITHUB_STEP_SUMMARY, renderEnvironmentsMarkdown(report));
    core.setOutput('drift', String(hasDrift(report)));
    core.setOutput('report-json', reportJson(report));
    const failed = report.environments.filter((e) => e.status === 'failed').map((e) => e.name);
    const drifted = report.environments.filter((e) => e.status === 'drift').map((e) => e.name);
    if (failed.length) core.setFailed(`environments ${mode}: ${failed.join(', ')} failed (see the job summary for what was applied and what was not)`);
    else if (drifted.length) core.setFailed(`environments check: ${drifted.join(', ')} differ from stackgate.yml (run mode: sync to apply it)`);
  } catch (e) {
    core.setOutput('drift', 'false');
    failStep(e, toWorkspace);
  }
}

/** The report as JSON within the output limit: the lists of changes go first when it is too long. */
function reportJson(report: EnvironmentsReport): string {
  const json = JSON.stringify(report);
  if (json.length <= OUTPUT_LIMIT) return json;
  return JSON.stringify({
    ...report,
    environments: report.environments.map((e) => ({ ...e, changes: [], applied: [], notApplied: [] })),
    note: 'changes left out: over the output limit (see the job summary)',
  });
}
