/**
 * The inputs actions/deploy and actions/gate share: the environment, the commit (input `sha`, else
 * the workflow's GITHUB_SHA; a full SHA, lowercased), dry-run, and the workflow run that acts (its
 * id and URL, recorded in deployments and audit records).
 */
import * as core from '@actions/core';
import type { RunContext } from '../adapters/github/run-context';
import { UserError } from '../core/errors';
import { booleanInput } from './boolean-input';

export interface PromotionInputs {
  environment: string;
  sha: string;
  dryRun: boolean;
  run?: { id: number; url: string };
}

export function readPromotionInputs(env: NodeJS.ProcessEnv, context: RunContext): PromotionInputs {
  const environment = core.getInput('environment', { required: true });
  const sha = core.getInput('sha') || context.sha;
  if (!sha || !/^[0-9a-f]{40}$/i.test(sha)) throw new UserError(`input "sha": expected a full commit SHA (40 hex digits), got "${sha ?? ''}"`);
  const runId = Number(env.GITHUB_RUN_ID);
  const repository = context.repository;
  return {
    environment,
    sha: sha.toLowerCase(),
    dryRun: booleanInput('dry-run') ?? false,
    ...(repository && Number.isSafeInteger(runId) && runId > 0
      ? { run: { id: runId, url: `${context.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` } }
      : {}),
  };
}
