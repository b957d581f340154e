import { parse } from 'yaml';
import { stackFileFor } from '../../../src/core/compose/project';
import { configSchema } from '../../../src/core/config/schema';
import { UserError } from '../../../src/core/errors';
import { loadWorkspace } from '../../../src/core/source/workspace';
import { tempRepo } from '../../helpers/temp-repo';

function stackFile(files: Record<string, string>, environment: string, config: Record<string, unknown> = {}, stack?: string) {
  const repo = tempRepo(files);
  try {
    return stackFileFor(loadWorkspace({ root: repo.root }), configSchema.parse(config), environment, stack);
  } finally {
    repo.cleanup();
  }
}

const COMMON =
  'services:\n  mcp-memory:\n    image: ghcr.io/acme/mcp-memory:${MEMORY_TAG:-1.3}\n    environment:\n      LOG_LEVEL: info\n      API_TOKEN: ${API_TOKEN:?set in Portainer}\n';

describe('the merged Compose file a deploy ships', () => {
  test('base and environment layers merged as validate merges them, ${VAR} left for the target', () => {
    const f = stackFile(
      {
        'stacks/common/docker-compose.yml': COMMON,
        'stacks/common/.env': 'MEMORY_TAG=1.4\n',
        'stacks/dev/docker-compose.yml': 'services:\n  mcp-memory:\n    environment:\n      LOG_LEVEL: debug\n',
        'stacks/prod/docker-compose.yml': 'services:\n  mcp-memory:\n    deploy:\n      replicas: 2\n',
      },
      'dev',
      { environments: { dev: { variables: { EXTRA: 'yes' } }, prod: {} } },
    );
    expect(f.files).toEqual(['stacks/common/docker-compose.yml', 'stacks/dev/docker-compose.yml']);
    expect(f.projectDirectory).toBe('stacks/common');
    expect(parse(f.text)).toEqual({
      services: {
        'mcp-memory': { image: 'ghcr.io/acme/mcp-memory:${MEMORY_TAG:-1.3}', environment: { LOG_LEVEL: 'debug', API_TOKEN: '${API_TOKEN:?set in Portainer}' } },
      },
    });
    expect(f.variables).toEqual({ MEMORY_TAG: '1.4', EXTRA: 'yes' });
  });

  test('several stacks: the one named, or a clear error naming them', () => {
    const files = { 'mcp/docker-compose.yml': COMMON, 'monitoring/docker-compose.yml': 'services:\n  prometheus:\n    image: prom/prometheus:v2.54.1\n' };
    expect(stackFile(files, 'dev', {}, 'monitoring').stack).toBe('monitoring');
    expect(() => stackFile(files, 'dev')).toThrow(
      new UserError('environment "dev": the repository has 2 Compose stacks (mcp, monitoring); name the one to deploy with deploy.<driver>.source'),
    );
    expect(() => stackFile(files, 'dev', {}, 'gateway')).toThrow(/does not have \(stacks: mcp, monitoring\)/);
  });

  test('no Compose file at all', () => {
    expect(() => stackFile({ 'README.md': '# x\n' }, 'dev')).toThrow('environment "dev" deploys a Compose stack, but the repository has no Compose file');
  });
});
