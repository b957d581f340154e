/** Which Compose stacks a change touches (for a matrix fan-out of deploy jobs). */
import path from 'node:path';
import { stackFiles, type ComposeProject } from '../compose/project';

/**
 * A stack is touched when one of its layer files, an env file it reads, or a file next to its base
 * file (Dockerfiles, configs mounted into it) changed. With no change list, every stack is touched.
 */
export function stacksTouched(project: ComposeProject, changed?: ReadonlySet<string>): string[] {
  const names: string[] = [];
  for (const stack of project.stacks) {
    if (!changed) {
      names.push(stack.name);
      continue;
    }
    const layers = [...stackFiles(stack), ...stack.envFiles];
    const baseDir = path.posix.dirname(stack.files[0]);
    const hit = [...changed].some(
      (f) => layers.includes(f) || (baseDir !== '.' && f.startsWith(`${baseDir}/`)) || f === `${baseDir === '.' ? '' : `${baseDir}/`}.env`,
    );
    if (hit) names.push(stack.name);
  }
  return [...new Set(names)].sort();
}
