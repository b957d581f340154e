/**
 * actions/smoke: smoke-test the MCP servers of an environment after a deploy. Values read from the
 * environment into headers, URLs and commands are registered with ::add-mask:: before anything is
 * printed; the report (JSON, JUnit, job summary, outputs) has them redacted as well. Every line
 * that carries server or repository text goes through `info` (log.ts), which fences what the runner
 * could read as a workflow command; `report-json` and the job summary stay within GitHub's limits
 * (OUTPUT_LIMIT, SUMMARY_LIMIT) and say what they left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { z } from 'zod';
import { readRunContext } from '../adapters/github/run-context';
import { runSmoke } from '../app/run-smoke';
import { VERSION } from '../core/version';
import { parseConfigWith, readConfig } from '../core/config/read';
import { name, smokeOnlyConfig, smokeTarget, type SmokeTarget } from '../core/config/smoke-schema';
import { UserError, isUserError } from '../core/errors';
import { ANNOTATION_LIMIT, OUTPUT_LIMIT } from '../core/report/channel-budgets';
import { fitReportJson } from '../core/smoke/fit-report';
import { planSmoke } from '../core/smoke/plan';
import { locate } from '../core/source/yaml-tree';
import { readSmokeReport } from '../core/smoke/read-report';
import { renderSmokeJunit, renderSmokeMarkdown, renderSmokeText } from '../core/smoke/render';
import { redact } from '../core/smoke/template';
import { booleanInput } from './boolean-input';
import { failStep } from './fail-step';
import { resolveInputPath } from './input-path';
import { info } from './log';
import { outputFile, readInputFile, writeOutputFile } from './workspace-files';

/** A previous environment's smoke report: a few hundred kilobytes at most in practice. */
const MAX_COMPARE_BYTES = 16 * 1024 * 1024;

const targetsInput = z.record(name, smokeTarget);

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let toWorkspace = (file: string) => file;
  try {
    const input = resolveInputPath(env);
    toWorkspace = input.toWorkspace;
    const context = readRunContext(env);
    const environment = core.getInput('environment') || null;
    const targets = parseTargetsInput(core.getInput('targets'));
    if (!environment && !targets) throw new UserError('give input "environment" (its targets in stackgate.yml) or input "targets"');
    const { config, file: configFile, tree } = readConfig(smokeOnlyConfig, input.root, core.getInput('config') || undefined);
    const smoke = config.smoke;
    const services = core
      .getInput('services')
      .split(/[\s,]+/)
      .filter(Boolean);
    const concurrency = core.getInput('concurrency');
    const plan = planSmoke(smoke, environment, {
      env,
      services,
      targets,
      waitTimeout: core.getInput('wait-timeout') || undefined,
      timeout: core.getInput('timeout') || undefined,
      concurrency: concurrency ? Number(concurrency) : undefined,
      strict: booleanInput('strict'),
      resolveCwd: (cwd) => path.resolve(input.root, cwd),
    });
    // Before anything reaches the log: the runner masks these values everywhere from now on.
    for (const secret of plan.secrets) core.setSecret(secret);

    const compareFile = core.getInput('compare-with');
    const compareWith = compareFile
      ? readSmokeReport(readInputFile(env, input.workspace, compareFile, 'compare-with', MAX_COMPARE_BYTES), compareFile)
      : undefined;
    info(
      `smoke ${environment ?? 'targets'}: ${plan.targets.length} service${plan.targets.length === 1 ? '' : 's'}, waiting up to ${core.getInput('wait-timeout') || smoke.waitTimeout} for each, ${plan.concurrency} at a time`,
    );
    const report = await runSmoke(plan, {
      toolVersion: VERSION,
      commit: context.sha,
      compareWith,
      onTarget: (t) =>
        info(
          redact(
            `${t.passed ? '✓' : '✗'} ${t.service} (${t.transport} ${t.endpoint}): ${t.checks.filter((c) => c.status === 'fail').length} failed of ${t.checks.length} checks`,
            plan.secrets,
          ),
        ),
    });
    const hide = (text: string) => redact(text, plan.secrets);
    info(hide(renderSmokeText(report)));

    // One error annotation per failing check and one warning annotation per warning (protocol hygiene
    // without strict, drift: warn, …), in the order of the targets, up to GitHub's ANNOTATION_LIMIT
    // of each level; on the target's line in stackgate.yml when it is configured there.
    const at = new Map(
      plan.targets.flatMap((t) =>
        t.configPath && configFile ? [[t.service, locate(tree, [...t.configPath], { file: configFile, line: 1, column: 1 })] as const] : [],
      ),
    );
    const left: string[] = [];
    for (const [status, annotate, what] of [
      ['fail', core.error, 'failing check'],
      ['warn', core.warning, 'warning'],
    ] as const) {
      const checks = report.targets.flatMap((t) => t.checks.filter((c) => c.status === status).map((c) => ({ t, c })));
      checks.slice(0, ANNOTATION_LIMIT).forEach(({ t, c }) => {
        const loc = at.get(t.service);
        annotate(hide(`${t.service}: ${c.message}`), {
          title: `smoke ${c.id}`,
          ...(loc ? { file: toWorkspace(configFile!), startLine: loc.line, startColumn: loc.column } : {}),
        });
      });
      const n = checks.length - ANNOTATION_LIMIT;
      if (n > 0) left.push(`${n} more ${what}${n === 1 ? '' : 's'}`);
    }
    if (left.length)
      info(`not annotated: ${left.join(' and ')} (GitHub shows ${ANNOTATION_LIMIT} of each level per step); they are in the log above and the job summary`);

    const json = hide(`${JSON.stringify(report, null, 2)}\n`);
    const reportFile = outputFile(
      env,
      input.workspace,
      core.getInput('report-file') || path.join(env.RUNNER_TEMP ?? input.workspace, `stackgate-smoke-${environment ?? 'targets'}.json`),
      'report-file',
    );
    writeOutputFile(reportFile, json);
    const junit = core.getInput('junit-file');
    if (junit) writeOutputFile(outputFile(env, input.workspace, junit, 'junit-file'), hide(renderSmokeJunit(report)));
    // Redaction only shortens (a secret of 3 or more characters becomes ***): what fits stays within the limit.
    const output = fitReportJson(report, OUTPUT_LIMIT);
    const notes = output.leftOut.length
      ? [
          `report-json leaves out ${output.leftOut.join('; ')}, to stay within GitHub's output limit (${OUTPUT_LIMIT.toLocaleString('en-US')} characters); the report file ${path.basename(reportFile)} has everything`,
        ]
      : [];
    for (const note of notes) info(hide(note));
    if (env.GITHUB_STEP_SUMMARY)
      fs.appendFileSync(
        env.GITHUB_STEP_SUMMARY,
        hide(renderSmokeMarkdown(report, { notes, whereTheRestIs: `the step log and the report file ${path.basename(reportFile)} have every check` })),
      );

    core.setOutput('passed', String(report.passed));
    core.setOutput('report-json', hide(output.json));
    core.setOutput('report-file', reportFile);
    if (!report.passed) {
      const failed = report.targets.filter((t) => !t.passed).map((t) => t.service);
      core.setFailed(`smoke failed for ${failed.join(', ')} (${report.summary.failedChecks} failed check${report.summary.failedChecks === 1 ? '' : 's'})`);
    }
  } catch (e) {
    failStep(e, toWorkspace);
  }
}

/** The `targets` input: service -> target, YAML or JSON, checked by stackgate.yml's target schema. */
function parseTargetsInput(text: string): Record<string, SmokeTarget> | undefined {
  if (!text.trim()) return undefined;
  try {
    return parseConfigWith(targetsInput, 'targets', text);
  } catch (e) {
    // The input is not a file in the repository: say where in the input, with no file to annotate.
    if (isUserError(e)) throw new UserError(`input "targets"${e.line ? ` line ${e.line}, column ${e.column}` : ''}: ${e.message}`);
    throw e;
  }
}
