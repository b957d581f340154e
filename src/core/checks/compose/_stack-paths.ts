/** Where a Compose stack's files sit, as the platform-specific checks read it. */
import path from 'node:path';
import type { EffectiveStack } from '../../compose/types';

/** Whether a file of the stack sits under a directory of that name, at any depth (`windows/`, `podman/`; any case). */
export function stackUnderDirectory(stack: EffectiveStack, name: string): boolean {
  const wanted = name.toLowerCase();
  return stack.files.some((file) =>
    path.posix
      .dirname(file)
      .split('/')
      .some((segment) => segment.toLowerCase() === wanted),
  );
}
