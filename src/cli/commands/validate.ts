import fs from 'node:fs';
import path from 'node:path';
import { createPromtoolRunner } from '../../adapters/prometheus/promtool';
import { loadConfig } from '../../core/config/load';
import { UserError } from '../../core/errors';
import { isAtLeast, type Finding, type Severity } from '../../core/findings';
import { parseFormat, renderFormat, type OutputFormat } from '../../core/validate/formats';
import { validate } from '../../core/validate/run';
import type { CliIo } from '../io';
import { commandRoot, parseCommandArgs, parseOutputs } from '../command-args';
import { VERSION } from '../version';
import { writeResult } from '../result-output';
import { findingsInRepository } from '../repository-paths';

const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;

export async function runValidateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    config: { type: 'string', short: 'c' },
    format: { type: 'string', short: 'f', default: 'text' },
    output: { type: 'string', short: 'o', multiple: true, default: [] },
    'fail-on': { type: 'string' },
    check: { type: 'string', multiple: true },
    changed: { type: 'string', multiple: true },
    promtool: { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    debug: { type: 'boolean' },
  });
  const root = commandRoot('validate', positionals, io.cwd);
  const format = parseFormat(values.format as string, '--format');
  const outputs = parseOutputs(values.output as string[], parseFormat);
  const { config, file: configFile } = loadConfig(root, values.config as string | undefined);
  const failOn = (values['fail-on'] as string | undefined) ?? config.failOn;
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new UserError(`--fail-on: unknown severity "${failOn}"`, { hint: 'use error, warning, info or never' });
  if (values.promtool !== undefined) {
    if (!['auto', 'always', 'never'].includes(values.promtool as string)) throw new UserError(`--promtool: unknown mode "${values.promtool}"`, { hint: 'use auto, always or never' });
    config.monitoring.promtool = values.promtool as 'auto' | 'always' | 'never';
  }
  const started = Date.now();
  const result = validate({
    root,
    config,
    only: values.check as string[] | undefined,
    files: values.changed ? new Set(values.changed as string[]) : undefined,
    configFile,
    externalTools: { promtool: createPromtoolRunner() },
  });
  const summary = { filesChecked: result.stats.files, stacks: result.stats.stacks, durationMs: Date.now() - started, environments: result.compose.environments.map((e) => e.name) };
  const color = values['no-color'] ? false : values.color ? true : io.isTTY && !io.env.NO_COLOR;
  const renderOptions = { color, toolVersion: VERSION };
  // SARIF names files relative to the repository's root; the other formats, relative to the path given.
  let inRepository: Finding[] | undefined;
  const findingsFor = (f: OutputFormat): Finding[] => (f === 'sarif' ? (inRepository ??= findingsInRepository(result.findings, root)) : result.findings);
  writeResult(io, format, renderFormat(format, findingsFor(format), summary, renderOptions));
  for (const o of outputs) {
    const target = path.resolve(io.cwd, o.file);
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      io.writeFile(target, renderFormat(o.format, findingsFor(o.format), summary, { ...renderOptions, color: false }));
    } catch (e) {
      throw new UserError(`cannot write ${o.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  if (failOn === 'never') return 0;
  return result.findings.some((f) => isAtLeast(f.severity, failOn as Severity)) ? 1 : 0;
}
