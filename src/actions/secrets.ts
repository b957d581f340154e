/**
 * actions/secrets: scan what a pull request or push adds (or the tree, or history) for secrets.
 * Every value found is registered with ::add-mask:: before anything else is printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { proxySettingsFromEnv } from '../adapters/github/proxy';
import { readRunContext } from '../adapters/github/run-context';
import { assertMode, scanSecrets } from '../app/scan-secrets';
import { VERSION } from '../core/version';
import { loadConfig } from '../core/config/load';
import { UserError } from '../core/errors';
import { renderMarkdownSummary } from '../core/report/markdown';
import { buildSarif, SARIF_CATEGORY } from '../core/report/sarif';
import { renderSkippedMarkdown, renderSkippedText, withSkippedNotifications } from '../core/secrets/skipped';
import { renderText } from '../core/report/text';
import { secretChecks, toFinding } from '../core/secrets/report';
import { HELP_URI_BASE } from '../core/validate/formats';
import { ANNOTATION_LIMIT, selectAnnotations } from '../core/report/channel-budgets';
import { booleanInput } from './boolean-input';
import { failStep } from './fail-step';
import { info } from './log';
import { outputFile, writeOutputFile } from './workspace-files';

export async function run(env: NodeJS.ProcessEnv = process.env, workerEntry?: string): Promise<void> {
  try {
    const root = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
    const range = readRunContext(env).changeRange;
    const modeInput = core.getInput('mode') || 'auto';
    const mode = modeInput === 'auto' ? (range ? 'diff' : 'tree') : assertMode(modeInput, 'input "mode"');
    const base = core.getInput('base') || range?.base;
    if (mode === 'diff' && !base) throw new UserError('input "mode": diff needs a base commit: set input "base", or run on pull_request, push or merge_group');
    const failOn = core.getInput('fail-on') || 'error';
    if (failOn !== 'error' && failOn !== 'never') throw new UserError(`input "fail-on": expected error or never, got "${failOn}"`);
    const { config, file: configFile } = loadConfig(root, core.getInput('config') || undefined);

    const result = await scanSecrets({
      root,
      config,
      configFile,
      mode,
      base,
      head: mode === 'diff' ? (range?.head ?? 'HEAD') : undefined,
      baselineFile: core.getInput('baseline') || undefined,
      workerEntry,
      proxy: proxySettingsFromEnv(env),
      allowEmpty: booleanInput('allow-empty') ?? false,
    });
    // Before anything else reaches the log: the runner masks these values everywhere from now on.
    for (const value of result.valuesToMask) core.setSecret(value);

    const findings = result.findings.map(toFinding);
    const summary = { filesChecked: result.summary.files };
    info(
      `${mode}${result.summary.range ? ` ${result.summary.range.base.slice(0, 7)}...${result.summary.range.head.slice(0, 7)}` : ''}: ${result.summary.files} files, ${result.summary.bytes} bytes scanned; ${result.summary.baselined} in the baseline, ${result.summary.allowlisted} allowlisted`,
    );
    info(renderText(findings, { color: false, summary }) + renderSkippedText(result.skipped));
    // Skipped files are warnings, within the same per-level budget as every annotation channel; the text above lists them all.
    for (const s of result.skipped.slice(0, ANNOTATION_LIMIT)) core.warning(`not scanned: ${s.reason}`, { title: 'stackgate/file-not-scanned', file: s.file });
    if (result.skipped.length > ANNOTATION_LIMIT)
      info(`${result.skipped.length - ANNOTATION_LIMIT} more files not scanned are not annotated: they are in the log above and the job summary`);
    // Every secret is an error; in diff mode every one is on an added line. GitHub shows ANNOTATION_LIMIT errors of a step.
    const annotations = selectAnnotations(findings, ANNOTATION_LIMIT);
    annotations.shown.forEach((f) => core.error(f.message, { title: f.checkId, file: f.file, startLine: f.line, startColumn: f.column }));
    if (annotations.omitted)
      info(
        `${annotations.omitted} more secrets are not annotated (GitHub shows ${ANNOTATION_LIMIT} errors per step): they are in the log above and the job summary`,
      );

    const sarifInput = core.getInput('sarif-file');
    if (sarifInput) {
      const sarifPath = outputFile(env, root, sarifInput, 'sarif-file');
      writeOutputFile(
        sarifPath,
        `${JSON.stringify(
          withSkippedNotifications(
            buildSarif(findings, secretChecks(), {
              toolVersion: VERSION,
              category: SARIF_CATEGORY.secrets,
              informationUri: 'https://github.com/stackgate/stackgate',
              helpUriBase: HELP_URI_BASE,
            }),
            result.skipped,
          ),
          null,
          2,
        )}\n`,
      );
      core.setOutput('sarif-file', sarifPath);
    }
    if (env.GITHUB_STEP_SUMMARY)
      fs.appendFileSync(
        env.GITHUB_STEP_SUMMARY,
        renderMarkdownSummary(findings, summary, { title: 'stackgate secrets', moreHint: 'the step log' }) + renderSkippedMarkdown(result.skipped),
      );
    // Every secret found counts, also those a file's cap leaves out of the list (its note is not one).
    const found = result.summary.findings;
    core.setOutput('findings', String(found));
    if (failOn === 'error' && found) {
      core.setFailed(`stackgate found ${found} secret${found === 1 ? '' : 's'}; revoke them, then remove them or accept them in the baseline`);
    }
  } catch (e) {
    failStep(e);
  }
}
