/** The sources services/ reads (config, Compose project, Kubernetes objects) of a small temporary repository. */
import { buildComposeProject } from '../../src/core/compose/project';
import { configSchema } from '../../src/core/config/schema';
import type { ServiceSources } from '../../src/core/services/list-services';
import { loadWorkspace } from '../../src/core/source/workspace';
import { tempRepo } from './temp-repo';

export function serviceSources(files: Record<string, string>, config: Record<string, unknown> = {}): ServiceSources {
  const repo = tempRepo(files);
  try {
    const parsed = configSchema.parse(config);
    const ws = loadWorkspace({ root: repo.root });
    return { config: parsed, compose: buildComposeProject(ws, parsed), kubernetes: ws.kubernetes };
  } finally {
    repo.cleanup();
  }
}
