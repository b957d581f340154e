import path from 'node:path';
import { scoreWithBase } from '../../app/score-with-base';
import { readinessEnvelope } from '../../app/readiness-envelope';
import { createHelmRenderer } from '../../adapters/helm/helm-template';
import { createKustomizeRenderer } from '../../adapters/kustomize/kubectl-kustomize';
import { createPromtoolRunner } from '../../adapters/prometheus/promtool';
import { READINESS_CATEGORIES } from '../../core/checks/types';
import { UserError } from '../../core/errors';
import { parseFailUnder, parseMinimums } from '../../core/readiness/gate';
import { renderReadinessMarkdown, renderReadinessText } from '../../core/readiness/render';
import { SUMMARY_LIMIT } from '../../core/report/channel-budgets';
import type { CliIo } from '../io';
import {
  BASE_OPTIONS,
  COLOR_OPTIONS,
  commandRoot,
  describeFormats,
  formatParser,
  parseCommandArgs,
  parseOutputs,
  type CommandOptions,
  type OptionValues,
} from '../command-args';
import { assertCommit } from '../git-ref';
import { VERSION } from '../../core/version';
import { writeResult } from '../result-output';

const FORMATS = ['text', 'json', 'markdown'] as const;
type ScoreFormat = (typeof FORMATS)[number];
const parseFormat = formatParser(FORMATS);

export const SCORE_HELP = `stackgate score [path] [options] — the production-readiness score of a repository

Every check (the validate checks plus repository-level ones: workflows, runbooks, monitoring
coverage, MCP services) passes, fails or does not apply; the score is the weighted share of
applicable checks that pass (error 3, warning 2, info 1). Error findings and secrets are blockers:
they fail the score whatever the number. See docs/readiness.md.

      --base <ref>           also score the merge base of <ref> and HEAD (in a temporary git worktree)
                             and report the change, overall and per category; a <ref> that names no
                             commit is a usage error
  -f, --format <format>      ${describeFormats(FORMATS)}
  -o, --output <fmt=file>    also write a format to a file; repeatable
      --fail-under <score>   exit 1 when the score is below this (default from stackgate.yml: 0)
      --min <cat=score>      lowest accepted score of a category; repeatable (${READINESS_CATEGORIES.join(', ')})
      --no-secrets           do not scan the tree for secrets (the secrets check is then not applicable)
  -c, --config <file>        stackgate.yml to use
      --color, --no-color    accepted like every command's, for uniform scripts: score prints no colours
      --debug                print stack traces of internal errors
  -h, --help                 this help

Exit codes: 0 passes, 1 blockers or a score under the thresholds, 2 usage or config error.
`;

export const SCORE_OPTIONS = {
  base: { type: 'string' },
  format: { type: 'string', short: 'f', default: 'text' },
  output: { type: 'string', short: 'o', multiple: true, default: [] },
  'fail-under': { type: 'string' },
  min: { type: 'string', multiple: true, default: [] },
  'no-secrets': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  ...COLOR_OPTIONS,
  ...BASE_OPTIONS,
} satisfies CommandOptions;

export const SCORE_VALUES: OptionValues = { format: FORMATS, min: READINESS_CATEGORIES.map((c) => `${c}=`) };

export async function runScoreCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, SCORE_OPTIONS);
  if (values.help) {
    io.stdout.write(SCORE_HELP);
    return 0;
  }
  const root = commandRoot('score', positionals, io.cwd);
  const format = parseFormat(values.format as string, '--format');
  const outputs = parseOutputs(values.output as string[], parseFormat);
  const failUnder = parseFailUnder(values['fail-under'] as string | undefined, '--fail-under');
  const { minimums, errors } = parseMinimums((values.min as string[]).join(','), READINESS_CATEGORIES);
  if (errors.length) throw new UserError(`--min: ${errors.join('; ')}`);
  if (values.base !== undefined) assertCommit(root, values.base as string, '--base');

  const result = await scoreWithBase(
    {
      root,
      configPath: values.config as string | undefined,
      base: values.base as string | undefined,
      secrets: !values['no-secrets'],
      workerEntry: io.workerEntry,
      toolVersion: VERSION,
    },
    { externalTools: { promtool: createPromtoolRunner(), helm: createHelmRenderer(), kustomize: createKustomizeRenderer() } },
  );
  if (result.baseProblem) io.stderr.write(`stackgate: ${result.baseProblem}\n`);
  const { report, delta, verdict, notes } = readinessEnvelope(result, { thresholds: { failUnder, minimums } });
  const render = (f: ScoreFormat): string => {
    switch (f) {
      case 'json':
        return `${JSON.stringify({ ...report, ...(delta ? { delta } : {}), verdict }, null, 2)}\n`;
      case 'markdown':
        return renderReadinessMarkdown(report, { delta, verdict, maxChars: SUMMARY_LIMIT, notes });
      case 'text':
        return renderReadinessText(report, { delta, verdict });
    }
  };
  writeResult(io, format, render(format));
  for (const o of outputs) io.writeFile(path.resolve(io.cwd, o.file), render(o.format));
  return verdict.passed ? 0 : 1;
}
