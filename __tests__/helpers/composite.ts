/**
 * Runs a composite action's `run:` steps the way the runner does, enough for our own action.yml:
 * `${{ inputs.x }}`, `${{ github.token }}`, `${{ steps.<id>.outputs.<name> }}` and
 * `${{ steps.<id>.outcome }}` expressions, one `==`/`!=` comparison inside `${{ }}` (it yields
 * `true` or `false`), `if:` conditions made of `!cancelled()`, `always()`, `==`/`!=` comparisons
 * joined by `&&`, step `env:`, GITHUB_ACTION_PATH, one GITHUB_OUTPUT file per step, and the
 * action's `outputs:`. `uses:` steps are not run; they are recorded with their evaluated `with:`.
 *
 * `bundles: 'sources'` runs the TypeScript sources (src/actions/<name>.ts) where action.yml runs
 * dist/<name>/index.js, so a test sees the composite wired to the code as it is now, before the
 * bundles are rebuilt; the default runs the committed bundles.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { parseOutputFile } from './runner';

interface Step {
  id?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface ActionFile {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

export interface CompositeRun {
  outputs: Record<string, string>;
  /** stdout of every run step, in order. */
  stdout: string;
  stderr: string;
  steps: { id?: string; uses?: string; with?: Record<string, string>; skipped: boolean; exitCode?: number; stdout?: string }[];
  /** The exit code of the first failing run step, 0 when none failed. */
  exitCode: number;
}

/** Async, so that servers in the calling process (the fake GitHub) keep answering while steps run. */
export async function runComposite(
  actionDir: string,
  inputs: Record<string, string>,
  runnerEnv: Record<string, string>,
  githubToken = '',
  options: { bundles?: 'dist' | 'sources' } = {},
): Promise<CompositeRun> {
  const action = YAML.parse(fs.readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as ActionFile;
  if (action.runs.using !== 'composite') throw new Error(`${actionDir}/action.yml is not a composite action`);
  for (const name of Object.keys(inputs)) if (!(name in action.inputs)) throw new Error(`action.yml has no input ${name}`);
  const actionPath = options.bundles === 'sources' ? sourceBundles(actionDir) : actionDir;
  try {
    return await runSteps(action, actionDir, actionPath, inputs, runnerEnv, githubToken);
  } finally {
    if (actionPath !== actionDir) fs.rmSync(actionPath, { recursive: true, force: true });
  }
}

async function runSteps(
  action: ActionFile,
  actionDir: string,
  actionPath: string,
  inputs: Record<string, string>,
  runnerEnv: Record<string, string>,
  githubToken: string,
): Promise<CompositeRun> {
  const stepOutputs: Record<string, Record<string, string>> = {};
  const outcomes: Record<string, string> = {};
  const lookup = (expr: string): string => {
    const e = expr.trim();
    const comparison = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(e);
    if (comparison) {
      const equal = lookup(comparison[1]) === lookup(comparison[3]);
      return String(comparison[2] === '==' ? equal : !equal);
    }
    let m = /^steps\.([\w-]+)\.outcome$/.exec(e);
    if (m) return outcomes[m[1]] ?? '';
    m = /^inputs\.([\w-]+)$/.exec(e);
    if (m) {
      if (!(m[1] in action.inputs)) throw new Error(`action.yml refers to an unknown input ${m[1]}`);
      return inputs[m[1]] ?? evaluate(action.inputs[m[1]].default ?? '');
    }
    m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e);
    if (m) return stepOutputs[m[1]]?.[m[2]] ?? '';
    if (e === 'github.token') return githubToken;
    if (/^'.*'$/.test(e)) return e.slice(1, -1);
    throw new Error(`unsupported expression: ${e}`);
  };
  const evaluate = (text: string): string => String(text).replace(/\$\{\{([^}]*)\}\}/g, (_, expr: string) => lookup(expr));
  const condition = (text: string | undefined, failed: boolean): boolean => {
    if (text === undefined) return !failed;
    const inner = text.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1');
    let sawStatus = false;
    const result = inner.split('&&').every((part) => {
      const p = part.trim();
      if (p === '!cancelled()' || p === 'always()') return (sawStatus = true);
      const m = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(p);
      if (!m) throw new Error(`unsupported condition: ${p}`);
      const equal = lookup(m[1]) === lookup(m[3]);
      return m[2] === '==' ? equal : !equal;
    });
    // Without a status function, a step runs only while every step before it succeeded.
    return result && (sawStatus || !failed);
  };

  const result: CompositeRun = { outputs: {}, stdout: '', stderr: '', steps: [], exitCode: 0 };
  for (const step of action.runs.steps) {
    if (!condition(step.if, result.exitCode !== 0)) {
      result.steps.push({ id: step.id, uses: step.uses, skipped: true });
      if (step.id) outcomes[step.id] = 'skipped';
      continue;
    }
    if (step.uses) {
      result.steps.push({
        id: step.id,
        uses: step.uses,
        with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, evaluate(String(v))])),
        skipped: false,
      });
      continue;
    }
    const outputFile = path.join(runnerEnv.RUNNER_TEMP ?? actionDir, `composite-output-${result.steps.length}`);
    fs.writeFileSync(outputFile, '');
    const env = {
      ...runnerEnv,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(String(v))])),
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_OUTPUT: outputFile,
    };
    // The runner runs `bash --noprofile --norc -eo pipefail {0}` for `shell: bash`.
    const own = { stdout: '', stderr: '' };
    const exitCode = await runStep(evaluate(step.run ?? ''), env, runnerEnv.GITHUB_WORKSPACE, own);
    result.stdout += own.stdout;
    result.stderr += own.stderr;
    if (step.id) {
      stepOutputs[step.id] = parseOutputFile(fs.readFileSync(outputFile, 'utf8'));
      outcomes[step.id] = exitCode === 0 ? 'success' : 'failure';
    }
    result.steps.push({ id: step.id, skipped: false, exitCode, stdout: own.stdout });
    if (exitCode !== 0 && result.exitCode === 0) result.exitCode = exitCode;
  }
  for (const [name, output] of Object.entries(action.outputs)) result.outputs[name] = evaluate(output.value);
  return result;
}

/**
 * A directory standing in for GITHUB_ACTION_PATH whose dist/<name>/index.js runs src/actions/<name>.ts
 * (compiled as jest compiles it). The secret scan runs on the main thread: there is no worker bundle.
 */
function sourceBundles(actionDir: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-action-path-'));
  const preload = path.join(__dirname, 'ts-child.cjs');
  for (const name of fs.readdirSync(path.join(actionDir, 'dist'))) {
    const source = path.join(actionDir, 'src/actions', `${name}.ts`);
    if (!fs.existsSync(source)) continue;
    fs.mkdirSync(path.join(dir, 'dist', name), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'dist', name, 'index.js'),
      `require(${JSON.stringify(preload)});\nvoid require(${JSON.stringify(source)}).run(process.env);\n`,
    );
  }
  return dir;
}

function runStep(script: string, env: Record<string, string>, cwd: string | undefined, into: { stdout: string; stderr: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => (into.stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (into.stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}
