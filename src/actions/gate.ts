/**
 * actions/gate: the first step of a job under `environment: staging|production`. Evaluates
 * environments.<env>.gate for the commit (app/gate.ts), writes the audit record to the job summary
 * and the outputs, and fails the step when the promotion is not allowed (unless dry-run).
 */
import fs from 'node:fs';
import * as core from '@actions/core';
import { proxySettingsFromEnv } from '../adapters/github/proxy';
import { readRunContext } from '../adapters/github/run-context';
import { evaluateGate } from '../app/gate';
import { prepareGate } from '../app/prepare-gate';
import type { GateAudit } from '../core/gate/audit';
import { renderGateMarkdown, renderGateText } from '../core/gate/render';
import { OUTPUT_LIMIT } from '../core/report/channel-budgets';
import { failStep } from './fail-step';
import { readPromotionInputs } from './promotion-inputs';
import { resolveInputPath } from './input-path';
import { actionLog, info } from './log';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let toWorkspace = (file: string) => file;
  const token = core.getInput('github-token');
  const prometheusToken = core.getInput('prometheus-token');
  for (const value of [token, prometheusToken]) if (value) core.setSecret(value);
  try {
    const input = resolveInputPath(env);
    toWorkspace = input.toWorkspace;
    const context = readRunContext(env);
    const { environment, sha, dryRun, run } = readPromotionInputs(env, context);
    const repository = context.repository;
    if (!token || !repository) core.warning('no github-token or GITHUB_REPOSITORY: every rule that reads GitHub fails closed');
    const { request, ports } = await prepareGate({
      root: input.root,
      config: core.getInput('config') || undefined,
      environment,
      sha,
      dryRun,
      github: token && repository ? { token, apiUrl: context.apiUrl, repository, proxy: proxySettingsFromEnv(env) } : undefined,
      run,
      prometheusToken: prometheusToken || undefined,
      log: actionLog,
    });
    const audit = await evaluateGate(request, ports);
    info(renderGateText(audit));
    if (env.GITHUB_STEP_SUMMARY) fs.appendFileSync(env.GITHUB_STEP_SUMMARY, renderGateMarkdown(audit));
    core.setOutput('allowed', String(audit.allowed));
    core.setOutput('reasons', JSON.stringify(audit.reasons));
    core.setOutput('audit-json', auditJson(audit));
    if (!audit.allowed) {
      const why = `promotion of ${audit.sha.slice(0, 7)} to ${environment} is not allowed: ${audit.reasons.join('; ')}`;
      if (dryRun) core.warning(`dry run: ${why}`);
      else core.setFailed(why);
    }
  } catch (e) {
    core.setOutput('allowed', 'false');
    failStep(e, toWorkspace);
  }
}

/** The audit as JSON within the output limit: the Prometheus measurements go first when it is too long. */
function auditJson(audit: GateAudit): string {
  const json = JSON.stringify(audit);
  if (json.length <= OUTPUT_LIMIT) return json;
  return JSON.stringify({
    ...audit,
    rules: audit.rules.map((r) => ({ ...r, evidence: {} })),
    note: 'evidence left out: over the output limit (see the job summary)',
  });
}
