// @ts-check
// Starting an action bundle the way a GitHub runner starts a node24 action: every input declared in
// actions/validate/action.yml as INPUT_<NAME> with its default, GITHUB_WORKSPACE at the repository,
// and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY command files in a temporary directory.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Our environment minus anything that would make a child believe it runs inside an action.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {NodeJS.ProcessEnv}
 */
export function cleanEnv(env = process.env) {
  /** @type {NodeJS.ProcessEnv} */
  const out = {};
  for (const [k, v] of Object.entries(env)) if (!/^(INPUT_|GITHUB_|RUNNER_)/.test(k)) out[k] = v;
  out.NO_COLOR = '1';
  return out;
}

export function actionEnv({ root, tmp, inputPath }) {
  /** @type {Record<string, string>} */
  const env = { GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_WORKSPACE: root, RUNNER_TEMP: tmp };
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH']) {
    env[name] = path.join(tmp, name.toLowerCase());
    fs.writeFileSync(env[name], '');
  }
  for (const [name, value] of Object.entries(actionInputDefaults(root))) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  env.INPUT_PATH = inputPath;
  return env;
}

/**
 * What one run of the action reported: its `errors` and `warnings` outputs. An action that set no
 * outputs stopped before validating (bad config, crash); that throws with its ::error:: line.
 */
export function actionFacts(run, outputFile) {
  const outputs = parseOutputs(fs.readFileSync(outputFile, 'utf8'));
  fs.writeFileSync(outputFile, ''); // the next run starts from an empty file, as on a runner
  if (outputs.errors === undefined) {
    const error = /^::error[^:]*::(.*)$/m.exec(run.stdout)?.[1];
    throw new Error(`it set no "errors" output${error ? `: ${error}` : ''}`);
  }
  return { errors: Number(outputs.errors), warnings: Number(outputs.warnings ?? 0) };
}

/** Input defaults from actions/validate/action.yml, read line by line (flat `inputs:` block). */
function actionInputDefaults(root) {
  const defaults = {};
  let text;
  try {
    text = fs.readFileSync(path.join(root, 'actions/validate/action.yml'), 'utf8');
  } catch {
    return defaults; // no metadata: INPUT_PATH, which we always set, is all the action gets
  }
  const block = /^inputs:\n((?:[ \t]+.*\n|\n)*)/m.exec(text)?.[1] ?? '';
  let current;
  for (const line of block.split('\n')) {
    const input = /^ {2}([\w-]+):\s*$/.exec(line);
    if (input) current = input[1];
    const def = /^ {4}default:\s*(.*)$/.exec(line);
    if (def && current) defaults[current] = def[1].trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return defaults;
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter\nvalue\ndelimiter` (or `name=value`). */
function parseOutputs(text) {
  const out = {};
  const heredoc = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = heredoc.exec(text); m; m = heredoc.exec(text)) out[m[1]] = m[3];
  for (const m of text.matchAll(/^([\w-]+)=(.*)$/gm)) out[m[1]] ??= m[2];
  return out;
}
