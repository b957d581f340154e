/**
 * Table-driven check tests: each case is a small repository (files + optional stackgate.yml
 * settings). The check under test runs through the whole validate pipeline, alone, and the
 * findings it reports must equal the expected list exactly (file, line, messageId).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AnyCheck } from '../../src/core/checks/types';
import type { Finding } from '../../src/core/findings';
import { checkedConfigSchema, loadCheckedConfig } from '../../src/core/validate/config';
import { validate } from '../../src/core/validate/run';
import { layoutEnvironments } from '../../src/core/compose/project';
import { builtInModels } from '../../src/core/kubernetes/built-in-models';

export interface ExpectedFinding {
  line: number;
  file?: string;
  messageId?: string;
  /** A fragment (or pattern) the message must contain. */
  message?: string | RegExp;
}

export interface CheckCase {
  name?: string;
  /** Shorthand for one file named by `defaultFile`. */
  code?: string;
  files?: Record<string, string>;
  config?: Record<string, unknown>;
  errors?: ExpectedFinding[];
}

export interface CheckCases {
  /** File name used for `code` (e.g. docker-compose.yml, Dockerfile, deploy.yaml). */
  defaultFile: string;
  valid: CheckCase[];
  invalid: CheckCase[];
  /** Repositories where the check has nothing to look at: no findings, and it does not count in the score. */
  notApplicable?: CheckCase[];
}

export function runCase(check: AnyCheck, c: CheckCase, defaultFile: string): Finding[] {
  return runCaseWithApplicability(check, c, defaultFile).findings;
}

/**
 * A check that applies only in operated repositories (CheckMeta.operatedOnly) runs its cases in
 * one: unless a case brings its own stackgate.yml or config, the repository names a dev environment.
 * `operated: false` runs the case as a library or example repository instead.
 */
const OPERATED_CONFIG = { environments: { dev: {} } };

export function runCaseWithApplicability(
  check: AnyCheck,
  c: CheckCase,
  defaultFile: string,
  { operated = true }: { operated?: boolean } = {},
): { findings: Finding[]; applicable: boolean } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-case-'));
  try {
    const files = { ...(c.code !== undefined ? { [defaultFile]: c.code } : {}), ...(c.files ?? {}) };
    for (const [name, text] of Object.entries(files)) {
      const abs = path.join(dir, name);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, text);
    }
    // A stackgate.yml among the files is loaded as the CLI would; `config` is parsed directly.
    const config = c.config ?? (check.meta.operatedOnly && operated && !hasEnvironmentLayout(c) ? OPERATED_CONFIG : {});
    const loaded = c.config === undefined && 'stackgate.yml' in files ? loadCheckedConfig(dir) : { config: checkedConfigSchema.parse(config), file: undefined };
    const { findings, evaluated } = validate({
      root: dir,
      config: loaded.config,
      configFile: loaded.file,
      only: [check.id],
      kubernetesModels: builtInModels(),
    });
    return { findings: findings.filter((f) => f.checkId === check.id), applicable: evaluated.has(check.id) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The case's Compose files name environments themselves (stacks/common + stacks/prod): it is operated as it stands. */
function hasEnvironmentLayout(c: CheckCase): boolean {
  return layoutEnvironments(Object.keys(c.files ?? {})).length > 0;
}

export function describeCheck(check: AnyCheck, cases: CheckCases): void {
  const seen = new Set<string>();
  const key = (c: CheckCase): string => JSON.stringify([c.code, c.files, c.config]);
  for (const c of [...cases.valid, ...cases.invalid, ...(cases.notApplicable ?? [])]) {
    const k = key(c);
    if (seen.has(k)) throw new Error(`${check.id}: duplicate test case ${c.name ?? k.slice(0, 80)}`);
    seen.add(k);
  }
  describe(check.id, () => {
    cases.valid.forEach((c, i) => {
      test(`valid: ${c.name ?? `#${i + 1}`}`, () => {
        const { findings, applicable } = runCaseWithApplicability(check, c, cases.defaultFile);
        expect(findings.map(summarize)).toEqual([]);
        // Repository checks decide their applicability: a passing case must count in the score.
        if (check.target === 'repository') expect(applicable).toBe(true);
      });
    });
    (cases.notApplicable ?? []).forEach((c, i) => {
      test(`not applicable: ${c.name ?? `#${i + 1}`}`, () => {
        const { findings, applicable } = runCaseWithApplicability(check, c, cases.defaultFile);
        expect(findings.map(summarize)).toEqual([]);
        expect(applicable).toBe(false);
      });
    });
    if (check.meta.operatedOnly) {
      const unconfigured = cases.invalid.filter((c) => c.config === undefined && !(c.files && 'stackgate.yml' in c.files) && !hasEnvironmentLayout(c));
      unconfigured.forEach((c, i) => {
        test(`not applicable where the repository is not operated: ${c.name ?? `#${i + 1}`}`, () => {
          const { findings, applicable } = runCaseWithApplicability(check, c, cases.defaultFile, { operated: false });
          expect(findings.map(summarize)).toEqual([]);
          expect(applicable).toBe(false);
        });
      });
    }
    cases.invalid.forEach((c, i) => {
      if (!c.errors?.length) throw new Error(`${check.id}: invalid case ${c.name ?? `#${i + 1}`} lists no expected findings`);
      test(`invalid: ${c.name ?? `#${i + 1}`}`, () => {
        const found = runCase(check, c, cases.defaultFile);
        const expected = c.errors!.map((e) => ({ file: e.file ?? cases.defaultFile, line: e.line, ...(e.messageId ? { messageId: e.messageId } : {}) }));
        const actual = found.map((f, j) => ({ file: f.file, line: f.line, ...(c.errors![j]?.messageId ? { messageId: f.messageId } : {}) }));
        expect(actual).toEqual(expected);
        c.errors!.forEach((e, j) => {
          if (e.message instanceof RegExp) expect(found[j].message).toMatch(e.message);
          else if (e.message) expect(found[j].message).toContain(e.message);
        });
      });
    });
  });
}

function summarize(f: Finding): string {
  return `${f.file}:${f.line} ${f.messageId}: ${f.message}`;
}
