/**
 * actions/deploy: deploy one environment at the workflow's commit through the driver stackgate.yml
 * names, recorded as a GitHub Deployment, verified (the driver's checks, then smoke), rolled back
 * when that fails. Credentials come from inputs and are masked before anything is printed; the
 * report, the job summary and the outputs have them redacted as well.
 */
import fs from 'node:fs';
import * as core from '@actions/core';
import { proxySettingsFromEnv } from '../adapters/github/proxy';
import { readRunContext } from '../adapters/github/run-context';
import { deploy } from '../app/deploy';
import { prepareDeploy } from '../app/prepare-deploy';
import { renderDeployMarkdown, renderDeployText } from '../core/deploy/render';
import { OUTPUT_LIMIT } from '../core/report/channel-budgets';
import { booleanInput } from './boolean-input';
import { failStep } from './fail-step';
import { readPromotionInputs } from './promotion-inputs';
import { resolveInputPath } from './input-path';
import { actionLog, info } from './log';

export async function run(env: NodeJS.ProcessEnv = process.env, workerEntry?: string): Promise<void> {
  let toWorkspace = (file: string) => file;
  const secrets = {
    portainerApiKey: core.getInput('portainer-api-key') || undefined,
    kubeconfig: core.getInput('kubeconfig') || undefined,
    webhookSecret: core.getInput('webhook-secret') || undefined,
  };
  const token = core.getInput('github-token');
  // Before anything reaches the log: the runner masks these values everywhere from now on.
  for (const value of [...Object.values(secrets), token]) if (value) core.setSecret(value);
  let cleanup = async (): Promise<void> => undefined;
  try {
    const input = resolveInputPath(env);
    toWorkspace = input.toWorkspace;
    const context = readRunContext(env);
    const { environment, sha, dryRun, run } = readPromotionInputs(env, context);
    const repository = context.repository;
    const prepared = await prepareDeploy({
      root: input.root,
      config: core.getInput('config') || undefined,
      environment,
      sha,
      secrets,
      dryRun,
      force: booleanInput('force') ?? false,
      timeout: core.getInput('wait-timeout') || undefined,
      env,
      github: token && repository ? { token, apiUrl: context.apiUrl, repository, proxy: proxySettingsFromEnv(env) } : undefined,
      run,
      workerEntry,
      log: actionLog,
    });
    cleanup = prepared.cleanup;
    if (!prepared.ports.ledger && !dryRun)
      core.warning(
        'no github-token or GITHUB_REPOSITORY: the deployment is not recorded in GitHub Deployments, and the rollback can only restore what the driver captured',
      );
    const report = await deploy(prepared.request, prepared.ports);
    info(renderDeployText(report));
    if (env.GITHUB_STEP_SUMMARY) fs.appendFileSync(env.GITHUB_STEP_SUMMARY, renderDeployMarkdown(report));
    const json = JSON.stringify(report);
    core.setOutput('status', report.status);
    core.setOutput('deployment-id', report.deploymentId === undefined ? '' : String(report.deploymentId));
    core.setOutput('environment-url', report.environmentUrl ?? '');
    core.setOutput('rolled-back', String(report.rolledBack));
    core.setOutput(
      'report-json',
      json.length <= OUTPUT_LIMIT ? json : JSON.stringify({ ...report, items: [], plan: undefined, notes: ['items left out: over the output limit'] }),
    );
    if (report.status !== 'success') core.setFailed(`deploy to ${environment}: ${report.message}`);
  } catch (e) {
    core.setOutput('status', 'error');
    core.setOutput('rolled-back', 'false');
    failStep(e, toWorkspace);
  } finally {
    await cleanup();
  }
}
