/**
 * Files an action writes (SARIF, reports) and directories it reads (`path`): named by inputs, but
 * the checkout they live in is the pull request's. Every such path must stay inside the workspace
 * or the runner's temporary directory after symbolic links are resolved, so that neither an input
 * nor a link committed to the repository (`reports -> /home/runner/.bashrc`) can make the action
 * write or read elsewhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/errors';
import { isInside, readRegularFile } from '../core/source/regular-file';

/** The directories an action may write to: the workspace and RUNNER_TEMP. */
function allowedRoots(env: NodeJS.ProcessEnv, workspace: string): string[] {
  return [workspace, env.RUNNER_TEMP].filter((d): d is string => !!d).map((d) => realOrSelf(path.resolve(d)));
}

/**
 * The absolute path for an output file named by `input`, relative to the workspace; its directory
 * is created. A UserError when it would land outside the workspace and RUNNER_TEMP, or on a link.
 */
export function outputFile(env: NodeJS.ProcessEnv, workspace: string, value: string, input: string): string {
  const abs = path.resolve(workspace, value);
  const roots = allowedRoots(env, workspace);
  const where = 'it must be inside the workspace or RUNNER_TEMP';
  if (!roots.some((r) => isInside(r, realOfNearest(abs)))) throw new UserError(`input "${input}": ${value} is outside the workspace; ${where}`);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  // The directory exists now: resolve it for real (a link among its parents may point elsewhere).
  if (!roots.some((r) => isInside(r, fs.realpathSync(path.dirname(abs)))))
    throw new UserError(`input "${input}": ${value} leads outside the workspace through a symbolic link; ${where}`);
  const st = lstatOrUndefined(abs);
  if (st && !st.isFile())
    throw new UserError(
      `input "${input}": ${value} exists and is not a regular file (${st.isSymbolicLink() ? 'a symbolic link' : 'another kind of file'}); not written`,
    );
  return abs;
}

/** Writes a file whose path came from `outputFile`, never through a link planted after the check. */
export function writeOutputFile(file: string, content: string): void {
  const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_NOFOLLOW, 0o644);
  try {
    fs.writeFileSync(fd, content);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The text of a file named by `input` (a previous run's report): a regular file inside the workspace
 * or RUNNER_TEMP after links are resolved, at most `maxBytes`; a UserError otherwise.
 */
export function readInputFile(env: NodeJS.ProcessEnv, workspace: string, value: string, input: string, maxBytes: number): string {
  const abs = path.resolve(workspace, value);
  if (!allowedRoots(env, workspace).some((r) => isInside(r, realOfNearest(abs))))
    throw new UserError(`input "${input}": ${value} is outside the workspace; it must be inside the workspace or RUNNER_TEMP`);
  const read = readRegularFile(workspace, abs, { maxBytes, allowOutside: true });
  if (!read.ok) throw new UserError(`input "${input}": cannot read ${value}: ${read.message}`);
  return read.text;
}

/** The directory named by input `path`: inside the workspace (after links), not the filesystem root. */
export function inputDirectory(workspace: string, value: string): string {
  const abs = path.resolve(workspace, value);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) throw new UserError(`input "path": not a directory: ${value}`);
  if (!isInside(realOrSelf(workspace), fs.realpathSync(abs)))
    throw new UserError(`input "path": ${value} is outside the workspace; it must be a directory of the checkout`);
  return abs;
}

function realOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/** The real path of `p`'s deepest existing ancestor, with the rest of `p` appended. */
function realOfNearest(p: string): string {
  let dir = p;
  const rest: string[] = [];
  while (!fs.existsSync(dir)) {
    const parent = path.dirname(dir);
    if (parent === dir) return p;
    rest.unshift(path.basename(dir));
    dir = parent;
  }
  return path.join(realOrSelf(dir), ...rest);
}

function lstatOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch {
    return undefined;
  }
}
