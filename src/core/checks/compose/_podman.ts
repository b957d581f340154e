/**
 * Whether a Compose stack is run by Podman (podman-compose, a systemd unit) rather than Docker: its
 * file is named for Podman (`podman-compose.yml`, `compose.podman.yml`), sits under a `podman/`
 * directory, or declares `x-podman` settings. Podman's defaults differ from Docker's: its log driver
 * is journald on systemd hosts (k8s-file otherwise), not json-file.
 */
import path from 'node:path';
import type { EffectiveStack } from '../../compose/types';
import { stackUnderDirectory } from './_stack-paths';

export function runsOnPodman(stack: EffectiveStack): boolean {
  return stack.node.entries.has('x-podman') || stack.files.some((file) => /podman/i.test(path.posix.basename(file))) || stackUnderDirectory(stack, 'podman');
}
