/** The Dockerfiles Compose services build (`build:` with its context and dockerfile), repository-relative. */
import path from 'node:path';
import { isRecord } from '../is-record';
import type { ComposeProject } from './project';

export function dockerfilesBuiltByCompose(compose: ComposeProject): Set<string> {
  const out = new Set<string>();
  for (const stacks of compose.effective.values()) {
    for (const stack of stacks) {
      for (const service of stack.services) {
        const node = service.node.entries.get('build');
        const build = service.value.build;
        if (!node || build === undefined || build === null) continue;
        // Relative paths are relative to the Compose file that set `build`.
        const base = path.posix.dirname(node.loc.file);
        const context = typeof build === 'string' ? build : isRecord(build) && typeof build.context === 'string' ? build.context : '.';
        const dockerfile = isRecord(build) && typeof build.dockerfile === 'string' ? build.dockerfile : 'Dockerfile';
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(context)) continue; // a Git URL: not a file of this repository
        out.add(path.posix.normalize(path.posix.join(base, context, dockerfile)));
      }
    }
  }
  return out;
}
