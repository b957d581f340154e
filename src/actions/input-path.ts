/** The `path` input: a directory inside the workspace (never `/` or a link out of it), and how its file names read from the workspace root. */
import path from 'node:path';
import * as core from '@actions/core';
import { inputDirectory } from './workspace-files';

export interface InputPath {
  workspace: string;
  root: string;
  /** `root` relative to the workspace, `''` when they are the same. */
  prefix: string;
  /** A path relative to `root` as the runner shows it: relative to the workspace. */
  toWorkspace(file: string): string;
}

export function resolveInputPath(env: NodeJS.ProcessEnv): InputPath {
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const inputPath = core.getInput('path') || '.';
  const root = inputDirectory(workspace, inputPath);
  const prefix = path.relative(workspace, root).split(path.sep).join('/');
  return { workspace, root, prefix, toWorkspace: (file) => (!prefix ? file : file === '.' ? prefix : `${prefix}/${file}`) };
}
