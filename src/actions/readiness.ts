/**
 * actions/readiness: score the checkout and its base in one run, then report it on every channel
 * within its budget — the sticky PR comment, the job summary, annotations for blockers, the JSON
 * report (a file for the artifact step and the `report-json` output) — and fail on blockers or a
 * score under the thresholds. A token that cannot comment (fork PRs), or any GitHub failure while
 * commenting, degrades to a warning (repeated in the summary); it never fails the step.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { createHelmRenderer } from '../adapters/helm/helm-template';
import { createKustomizeRenderer } from '../adapters/kustomize/kubectl-kustomize';
import { createPromtoolRunner } from '../adapters/prometheus/promtool';
import { scoreWithBase } from '../app/score-with-base';
import { readinessEnvelope } from '../app/readiness-envelope';
import { blobLinkBase, readRunContext } from '../adapters/github/run-context';
import { postReadinessComment, type GitHubClientTuning } from '../app/post-readiness-comment';
import { proxySettingsFromEnv } from '../adapters/github/proxy';
import { VERSION } from '../core/version';
import { READINESS_CATEGORIES } from '../core/checks/types';
import { UserError } from '../core/errors';
import { parseFailUnder, parseMinimums } from '../core/readiness/gate';
import { renderReadinessText, renderReadinessMarkdown } from '../core/readiness/render';
import { ANNOTATION_LIMIT, fitBytes, SUMMARY_LIMIT } from '../core/report/channel-budgets';
import { failStep } from './fail-step';
import { actionLog, info } from './log';
import { resolveInputPath } from './input-path';
import { outputFile, writeOutputFile } from './workspace-files';
import { checkCommentKey, parseCommentMode, type CommentMode } from '../core/readiness/comment-settings';
import { blockersToAnnotate, parseAnnotateMode } from '../core/readiness/blocker-annotations';

export interface ReadinessActionOptions {
  /** The secret scanner's worker bundle (dist/secrets-worker/index.js); undefined scans on this thread. */
  workerEntry?: string;
  /** Client settings for tests (shorter back-off, no write pacing). */
  github?: GitHubClientTuning;
}

export async function run(env: NodeJS.ProcessEnv = process.env, options: ReadinessActionOptions = {}): Promise<void> {
  const { workerEntry } = options;
  let toWorkspace = (file: string): string => file;
  let workspace: string;
  let root: string;
  try {
    ({ workspace, root, toWorkspace } = resolveInputPath(env));

    const context = readRunContext(env);
    const baseInput = core.getInput('base');
    const base = baseInput === 'none' ? undefined : baseInput || context.baseSha;
    const failUnder = parseFailUnder(core.getInput('fail-under') || undefined, 'input "fail-under"');
    const { minimums, errors } = parseMinimums(core.getInput('category-minimums'), READINESS_CATEGORIES);
    if (errors.length) throw new UserError(`input "category-minimums": ${errors.join('; ')}`);
    const modeInput = parseCommentMode(core.getInput('comment'));
    const keyInput = core.getInput('comment-key');
    if (keyInput) checkCommentKey(keyInput, 'input "comment-key"');
    const annotate = parseAnnotateMode(core.getInput('annotate'));
    const proxy = proxySettingsFromEnv(env);

    const result = await scoreWithBase(
      { root, configPath: core.getInput('config') || undefined, base, secrets: core.getInput('secrets') !== 'false', workerEntry, toolVersion: VERSION, proxy },
      { externalTools: { promtool: createPromtoolRunner(), helm: createHelmRenderer(), kustomize: createKustomizeRenderer() }, log: actionLog },
    );
    // Before anything else reaches the log: the runner masks these values everywhere from now on.
    for (const value of result.valuesToMask) core.setSecret(value);

    const envelope = readinessEnvelope(result, {
      thresholds: { failUnder, minimums },
      pullRequest: context.pullRequest,
      commentKey: keyInput,
      toFile: toWorkspace,
    });
    const { report, verdict, notes } = envelope;
    const mode: CommentMode = modeInput ?? result.config.readiness.comment.mode;
    info(renderReadinessText(report, { delta: result.delta, verdict }));
    if (result.baseProblem) core.warning(result.baseProblem);

    // The JSON report: a file (for the artifact step and later jobs) and the output.
    const reportDir = core.getInput('report-dir') || path.join(env.RUNNER_TEMP ?? workspace, 'stackgate-readiness');
    const reportFile = outputFile(env, workspace, path.join(reportDir, 'readiness.json'), 'report-dir');
    writeOutputFile(reportFile, `${JSON.stringify(envelope, null, 2)}\n`);
    core.setOutput('report-json', reportFile);
    core.setOutput('score', String(report.score));
    core.setOutput('grade', report.grade);
    core.setOutput('passed', String(verdict.passed));

    const linkBase = blobLinkBase(context, context.pullRequest?.headSha ?? context.sha);

    // Annotations: blockers are errors, and GitHub shows ANNOTATION_LIMIT errors of a step. With
    // `annotate: repository-checks` (the all-in-one action) only those its validate and secrets steps did not annotate.
    const annotated = blockersToAnnotate(report.blockers, annotate);
    annotated
      .slice(0, ANNOTATION_LIMIT)
      .forEach((b) => core.error(b.message, { title: `stackgate readiness blocker: ${b.checkId}`, file: b.file, startLine: b.line }));
    if (annotated.length > ANNOTATION_LIMIT) info(`${annotated.length - ANNOTATION_LIMIT} more blockers are listed in the job summary and ${reportFile}`);
    if (annotated.length < report.blockers.length && annotate === 'repository-checks')
      info(
        `${report.blockers.length - annotated.length} blockers of validate's checks and of secrets are not annotated again here (annotate: repository-checks)`,
      );

    // The comment (pull requests only). Whatever GitHub answers, the summary below is still written.
    let commentNote: string | undefined;
    let commentBug: unknown;
    if (context.pullRequest && mode !== 'off') {
      const token = core.getInput('github-token');
      if (!token) commentNote = 'no github-token: the readiness comment was not posted';
      else {
        try {
          const outcome = await postReadinessComment(
            {
              envelope,
              token,
              apiUrl: context.apiUrl,
              owner: context.repository?.owner as string,
              repo: context.repository?.repo as string,
              mode,
              linkBase,
              tuning: options.github,
              proxy,
            },
            { log: actionLog },
          );
          if (outcome.kind === 'posted') core.setOutput('comment-id', String(outcome.commentId));
          else commentNote = outcome.reason;
        } catch (e) {
          // A bug, not a GitHub failure: reported as one below, once the summary is written.
          commentBug = e;
          commentNote = 'the readiness comment was not posted (internal error, see the step log)';
        }
      }
    }
    if (commentNote) core.warning(commentNote);

    if (env.GITHUB_STEP_SUMMARY) {
      const summaryNotes = commentNote ? [...notes, commentNote] : notes;
      const fullReportHint = `the report artifact (${path.basename(reportFile)})`;
      // GitHub's limit is in bytes; the renderer counts characters, and file names can be multi-byte.
      const markdown = renderReadinessMarkdown(report, {
        delta: result.delta,
        verdict,
        linkBase,
        maxChars: SUMMARY_LIMIT,
        notes: summaryNotes,
        fullReportHint,
      });
      fs.appendFileSync(env.GITHUB_STEP_SUMMARY, fitBytes(markdown, SUMMARY_LIMIT, `see ${fullReportHint}`));
    }
    if (commentBug !== undefined) throw commentBug;
    if (!verdict.passed) core.setFailed(`readiness ${report.score}% (grade ${report.grade}): ${verdict.reasons.join('; ')}`);
  } catch (e) {
    failStep(e, toWorkspace);
  }
}
