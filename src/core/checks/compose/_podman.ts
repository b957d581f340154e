/**
 * Whether a Compose stack is run by Podman (podman-compose, a systemd unit) rather than Docker: its
 * file is named for Podman (`podman-compose.yml`, `compose.podman.yml`), sits under a `podman/`
 * directory, or declares `x-podman` settings. Podman's defaults differ from Docker's: its log driver
 * is journald on systemd hosts (k8s-file otherwise), not json-file.
 */
import path from 'node:path';
import type { EffectiveStack } from '../../compose/types';

export function runsOnPodman(stack: EffectiveStack): boolean {
  if (stack.node.entries.has('x-podman')) return true;
  return stack.files.some(
    (file) =>
      /podman/i.test(path.posix.basename(file)) ||
      path.posix
        .dirname(file)
        .split('/')
        .some((segment) => segment.toLowerCase() === 'podman'),
  );
}
