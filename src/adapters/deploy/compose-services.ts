/**
 * What the Compose driver reads of the services `config` printed: which of them `up` starts (a
 * profile COMPOSE_PROFILES turns on counts), and per service what `up` would change of what runs.
 */
import type { DeployItem } from '../../core/deploy/driver';
import type { ProjectContainer } from './compose-engine';
import { isSameImage, type ComposeService } from './compose-file';

/** Per service what `up` would do to what runs now (by image), and the running services it would remove. */
export function planItems(services: readonly ComposeService[], running: readonly ProjectContainer[]): DeployItem[] {
  const items: DeployItem[] = services
    .filter((s) => !s.notStarted)
    .map((s) => {
      const image = s.image ?? s.imageUnchecked;
      const current = running.filter((c) => c.service === s.name);
      if (!current.length) return { name: s.name, action: 'create', image: s.image, detail: `new service, image ${image}` };
      const old = current.find((c) => !s.image || !isSameImage(c.configImage, s.image));
      if (s.image && old) return { name: s.name, action: 'update', image: s.image, detail: `image ${old.configImage} -> ${s.image}` };
      return { name: s.name, action: 'unchanged', image: s.image, detail: `image ${image}` };
    });
  const names = new Set(services.map((s) => s.name));
  for (const service of new Set(running.map((c) => c.service)))
    if (!names.has(service))
      items.push({
        name: service,
        action: 'delete',
        image: running.find((c) => c.service === service)?.configImage,
        detail: 'not in the new Compose file: removed (--remove-orphans)',
      });
  return items;
}

/**
 * Services of a profile that COMPOSE_PROFILES turns on are started by `up`: checked like the others
 * (Compose v1's `config` lists every service with its profiles, v2's the active ones with theirs).
 */
export function withActiveProfiles(services: ComposeService[], composeProfiles: string | undefined): ComposeService[] {
  const active = new Set(
    (composeProfiles ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  );
  if (!active.size) return services;
  return services.map((s) =>
    (active.has('*') || s.profiles.some((p) => active.has(p))) && s.notStarted?.startsWith('in profile') ? { ...s, notStarted: undefined } : s,
  );
}
