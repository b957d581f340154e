/**
 * actions/validate: read inputs -> validate -> annotations, job summary, SARIF and outputs.
 * Everything from the environment is read here and passed down as plain options.
 */
import fs from 'node:fs';
import * as core from '@actions/core';
import { changedLines, type ChangeRange } from '../adapters/git/changed-files';
import { blobLinkBase, readRunContext } from '../adapters/github/run-context';
import { createHelmRenderer } from '../adapters/helm/helm-template';
import { createKustomizeRenderer } from '../adapters/kustomize/kubectl-kustomize';
import { createPromtoolRunner } from '../adapters/prometheus/promtool';
import { validateRepository } from '../app/validate-repository';
import { UserError, toError } from '../core/errors';
import { countFindings, type Finding, type Severity } from '../core/findings';
import { renderFormat } from '../core/validate/formats';
import { stacksTouched } from '../core/validate/stacks-touched';
import { VERSION } from '../core/version';
import { ANNOTATION_LIMIT, exceedsAnnotationLimit, selectAnnotations } from '../core/report/channel-budgets';
import { failStep } from './fail-step';
import { resolveInputPath } from './input-path';
import { actionLog, info } from './log';
import { outputFile, writeOutputFile } from './workspace-files';

/** `workerEntry`: validate's worker bundle (dist/validate-worker/index.js); without it validate runs on one thread. */
export async function run(env: NodeJS.ProcessEnv = process.env, workerEntry?: string): Promise<void> {
  let toWorkspace = (file: string): string => file;
  try {
    const input = resolveInputPath(env);
    const { workspace, root, prefix } = input;
    toWorkspace = input.toWorkspace;

    const context = readRunContext(env);
    const range = context.changeRange;
    const result = await validateRepository(
      {
        root,
        configPath: core.getInput('config') || undefined,
        failOn: core.getInput('fail-on') || undefined,
        invalidInput: (_input, value) => new UserError(`input "fail-on": unknown severity "${value}"`, { hint: 'use error, warning, info or never' }),
        changes: range && { workspace, range, prefix },
        changedOnly: core.getBooleanInput('changed-only'),
      },
      { log: actionLog, externalTools: { promtool: createPromtoolRunner(), helm: createHelmRenderer(), kustomize: createKustomizeRenderer() }, workerEntry },
    );
    const { changed, failOn, summary, validation } = result;
    // Before anything else reaches the log: the runner masks these values everywhere from now on.
    for (const value of validation.valuesToMask) core.setSecret(value);
    const findings: Finding[] = validation.findings.map((f) => ({ ...f, file: toWorkspace(f.file) }));
    const counts = countFindings(findings);
    info(renderFormat('text', findings, summary, { color: false, toolVersion: VERSION }));

    // GitHub shows ANNOTATION_LIMIT annotations of each level of a step: of each, those on changed
    // lines first, then in changed files. The diff is read only when a level has more than that.
    const lines = range && changed && exceedsAnnotationLimit(findings) ? changedLinesOrNone(workspace, range) : undefined;
    const annotations = selectAnnotations(findings, ANNOTATION_LIMIT, (f) => (lines?.get(f.file)?.has(f.line) ? 2 : lines?.has(f.file) ? 1 : 0));
    annotations.shown.forEach((f) => {
      const props = { title: f.checkId, file: f.file, startLine: f.line, startColumn: f.column };
      if (f.severity === 'error') core.error(f.message, props);
      else if (f.severity === 'warning') core.warning(f.message, props);
      else core.notice(f.message, props);
    });
    if (annotations.omitted)
      info(
        `${omittedNote(annotations.omittedBySeverity)} not annotated (GitHub shows ${ANNOTATION_LIMIT} errors, ${ANNOTATION_LIMIT} warnings and ${ANNOTATION_LIMIT} notices per step): they are in the log above, the job summary and SARIF`,
      );

    const sarifInput = core.getInput('sarif-file');
    if (sarifInput) {
      const sarifPath = outputFile(env, workspace, sarifInput, 'sarif-file');
      writeOutputFile(sarifPath, renderFormat('sarif', findings, summary, { color: false, toolVersion: VERSION }));
      core.setOutput('sarif-file', sarifPath);
    }
    const linkBase = blobLinkBase(context, context.sha);
    if (env.GITHUB_STEP_SUMMARY) {
      // Appended directly: @actions/core's summary caches the file path of the first step it ran in.
      fs.appendFileSync(
        env.GITHUB_STEP_SUMMARY,
        renderFormat('markdown', findings, summary, {
          color: false,
          toolVersion: VERSION,
          linkBase,
          moreHint: sarifInput ? `the step log and ${sarifInput}` : 'the step log',
        }),
      );
    }
    core.setOutput('errors', String(counts.error));
    core.setOutput('warnings', String(counts.warning));
    core.setOutput('stacks', JSON.stringify(stacksTouched(validation.compose, changed)));

    if (result.failed) {
      core.setFailed(`stackgate found ${counts.error} errors and ${counts.warning} warnings (fail-on: ${failOn})`);
    }
  } catch (e) {
    failStep(e, toWorkspace);
  }
}

/** Workspace-relative file -> changed line numbers; none when git cannot tell (the ranking falls back to severity). */
function changedLinesOrNone(workspace: string, range: ChangeRange): Map<string, Set<number>> | undefined {
  try {
    return changedLines(workspace, range);
  } catch (e) {
    core.warning(`cannot read the changed lines (${toError(e).message.split('\n')[0]}); annotations are ranked by severity only`);
    return undefined;
  }
}

/** `3 more errors and 12 more notices are` */
function omittedNote(omitted: Record<Severity, number>): string {
  const words: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['notice', 'notices'] };
  const parts = (Object.keys(words) as Severity[]).filter((s) => omitted[s]).map((s) => `${omitted[s]} more ${words[s][omitted[s] === 1 ? 0 : 1]}`);
  const total = Object.values(omitted).reduce((a, b) => a + b, 0);
  return `${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]} ${total === 1 ? 'is' : 'are'}`;
}
