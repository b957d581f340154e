/**
 * actions/comment: the second stage of the fork-safe pattern. It runs on `workflow_run` with a
 * write token, next to no code from the pull request: it reads readiness.json from the first
 * stage's artifact, parses it strictly, checks that it belongs to the pull request and head commit
 * of the run that produced it, renders the comment itself and posts it.
 */
import * as core from '@actions/core';
import { proxySettingsFromEnv } from '../adapters/github/proxy';
import { blobLinkBase, readRunContext } from '../adapters/github/run-context';
import { postReadinessComment, type GitHubClientTuning } from '../app/post-readiness-comment';
import { UserError } from '../core/errors';
import { readRegularFile } from '../core/source/regular-file';
import { readinessEnvelopeSchema, type ReadinessEnvelope } from '../core/readiness/report-schema';
import { parseJsonReport } from '../core/report/parse-json-report';
import { failStep } from './fail-step';
import { actionLog, info } from './log';
import { parseCommentMode } from '../core/readiness/comment-settings';

const MAX_REPORT_BYTES = 5 * 1024 * 1024;

export async function run(env: NodeJS.ProcessEnv = process.env, tuning?: GitHubClientTuning): Promise<void> {
  try {
    const mode = parseCommentMode(core.getInput('comment')) ?? 'update';
    if (mode === 'off') return;
    const reportPath = core.getInput('report', { required: true });
    const envelope = readEnvelope(reportPath);
    if (!envelope.pullRequest) {
      info('the report is not for a pull request: nothing to comment on');
      return;
    }
    const context = readRunContext(env);
    const headSha = context.workflowRun?.headSha;
    if (context.eventName !== 'workflow_run' || !headSha) {
      throw new UserError('actions/comment runs on workflow_run events (the second stage of workflows-templates/readiness-comment.yml)');
    }
    if (envelope.pullRequest.headSha !== headSha) {
      throw new UserError(
        `${reportPath}: the report is for commit ${envelope.pullRequest.headSha.slice(0, 12)}, but the workflow run that produced it tested ${headSha.slice(0, 12)}; not posting`,
      );
    }
    if (!context.repository) throw new UserError('GITHUB_REPOSITORY is not set');
    const { owner, repo } = context.repository;
    const token = core.getInput('github-token');
    if (!token) throw new UserError('input "github-token" is empty');

    // The pull request must exist in this repository and still have the tested head: an artifact
    // cannot steer the comment to another pull request, and a stale run does not overwrite a newer one.
    const outcome = await postReadinessComment(
      {
        envelope,
        token,
        apiUrl: context.apiUrl,
        owner,
        repo,
        mode,
        linkBase: blobLinkBase(context, headSha),
        tuning,
        proxy: proxySettingsFromEnv(env),
        requireHeadSha: headSha,
      },
      { log: actionLog },
    );
    if (outcome.kind === 'posted') core.setOutput('comment-id', String(outcome.commentId));
    else if (outcome.kind === 'skipped') info(outcome.reason);
    else core.setFailed(outcome.reason);
  } catch (e) {
    failStep(e);
  }
}

/** The artifact is untrusted input: size-capped, strictly parsed, errors name the field. */
export function readEnvelope(file: string): ReadinessEnvelope {
  // A regular file only (not a FIFO or device an artifact could stand for), at most MAX_REPORT_BYTES.
  const read = readRegularFile(process.cwd(), file, { maxBytes: MAX_REPORT_BYTES, allowOutside: true });
  if (!read.ok) throw new UserError(`${file}: ${read.message}`, { hint: 'download the stackgate-readiness artifact of the triggering run first' });
  const text = read.text;
  return parseJsonReport(text, file, readinessEnvelopeSchema, 'stackgate readiness report');
}
