/**
 * What the Compose driver reads of `config`'s services: profiles COMPOSE_PROFILES turns on are
 * started (and so verified), and the plan per service against the containers that run.
 */
import { planItems, withActiveProfiles } from '../../../src/adapters/deploy/compose-services';
import type { ProjectContainer } from '../../../src/adapters/deploy/compose-engine';
import { readServices } from '../../../src/adapters/deploy/compose-file';

const CONFIG = `services:
  web:
    image: ghcr.io/acme/web:2
  debug:
    image: busybox:1
    profiles: [debug]
  tools:
    image: busybox:1
    profiles: [tools]
`;

const container = (service: string, configImage: string): ProjectContainer => ({
  id: `${service}-id`,
  name: `p-${service}-1`,
  service,
  isOneOff: false,
  status: 'running',
  exitCode: 0,
  restartCount: 0,
  restartPolicy: '',
  startedAt: 0,
  configImage,
  imageId: 'sha256:1',
});

describe('withActiveProfiles', () => {
  const notStarted = (profiles: string | undefined) =>
    withActiveProfiles(readServices(CONFIG, {}), profiles)
      .filter((s) => s.notStarted)
      .map((s) => s.name);

  test('without COMPOSE_PROFILES, services of a profile are not started', () => {
    expect(notStarted(undefined)).toEqual(['debug', 'tools']);
  });

  test('a profile COMPOSE_PROFILES names is started; `*` starts them all', () => {
    expect(notStarted('debug')).toEqual(['tools']);
    expect(notStarted(' tools , debug ')).toEqual([]);
    expect(notStarted('*')).toEqual([]);
  });
});

describe('planItems', () => {
  test('create, update (old image -> new), unchanged, and delete for a service the file no longer has', () => {
    const services = readServices(
      `services:\n  web:\n    image: ghcr.io/acme/web:2\n  api:\n    image: ghcr.io/acme/api:1\n  cache:\n    image: redis:7\n`,
      {},
    );
    const running = [container('web', 'ghcr.io/acme/web:1'), container('cache', 'docker.io/library/redis:7'), container('old', 'ghcr.io/acme/old:1')];
    expect(planItems(services, running)).toEqual([
      { name: 'web', action: 'update', image: 'ghcr.io/acme/web:2', detail: 'image ghcr.io/acme/web:1 -> ghcr.io/acme/web:2' },
      { name: 'api', action: 'create', image: 'ghcr.io/acme/api:1', detail: 'new service, image ghcr.io/acme/api:1' },
      { name: 'cache', action: 'unchanged', image: 'redis:7', detail: 'image redis:7' },
      { name: 'old', action: 'delete', image: 'ghcr.io/acme/old:1', detail: 'not in the new Compose file: removed (--remove-orphans)' },
    ]);
  });

  test('services up does not start are left out; a built service is compared by nothing but its presence', () => {
    const services = readServices(`services:\n  app:\n    build: .\n  debug:\n    image: busybox:1\n    profiles: [debug]\n`, {});
    expect(planItems(services, [container('app', 'p_app')])).toEqual([
      { name: 'app', action: 'unchanged', image: undefined, detail: 'image built on the host, no image to compare' },
    ]);
  });
});
