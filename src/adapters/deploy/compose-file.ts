/**
 * What a deploy driver reads in a Compose file: the services `up` starts, the image each must run
 * once the variables are substituted, and which are one-shot jobs; how two image references compare;
 * and the per-service diff a plan shows. Shared by the Portainer and Compose drivers.
 */
import { parse } from 'yaml';
import { canonicalJson } from '../../core/canonical-json';
import { interpolateString } from '../../core/compose/interpolate';
import type { DeployItem } from '../../core/deploy/driver';
import { isRecord } from '../../core/is-record';

export interface ComposeService {
  name: string;
  /** The image after substitution; undefined when it cannot be known (see `imageUnchecked`). */
  image?: string;
  /** Why the image cannot be compared (a variable the Env does not set, a service built on the host). */
  imageUnchecked?: string;
  /** A job other services wait for (`condition: service_completed_successfully`): exit code 0 is its success. */
  isJob: boolean;
  /** Why `up` does not start it (a profile, scaled to 0): not verified. */
  notStarted?: string;
  /** Its `profiles` (a profile COMPOSE_PROFILES turns on starts it after all). */
  profiles: string[];
  /** The substituted definition as canonical JSON: equal text, same service. */
  definition: string;
}

/** The services of a Compose file with `vars` substituted; throws an Error saying why when the file does not parse. */
export function readServices(text: string, vars: Readonly<Record<string, string>>): ComposeService[] {
  let doc: unknown;
  try {
    doc = parse(text, { merge: true });
  } catch (e) {
    throw new Error(`the Compose file does not parse: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
  const services = isRecord(doc) ? doc.services : undefined;
  if (!isRecord(services)) throw new Error('the Compose file has no services');
  const jobs = new Set(Object.values(services).flatMap(completedDependencies));
  return Object.entries(services).map(([name, def]) => {
    const service = isRecord(def) ? def : {};
    const image = imageOf(service, vars);
    const profiles = Array.isArray(service.profiles) ? service.profiles.map(String) : [];
    return { name, ...image, isJob: jobs.has(name), notStarted: notStarted(service), profiles, definition: canonicalJson(substitute(service, vars)) };
  });
}

function imageOf(service: Record<string, unknown>, vars: Readonly<Record<string, string>>): Pick<ComposeService, 'image' | 'imageUnchecked'> {
  if (typeof service.image !== 'string' || service.image === '')
    return { imageUnchecked: service.build !== undefined ? 'built on the host, no image to compare' : 'no image in the Compose file' };
  const { value, issues } = interpolateString(service.image, vars);
  const unset = issues.find((i) => i.kind !== 'syntax');
  if (issues.length || !value)
    return {
      imageUnchecked: `image ${service.image} not resolved (${unset ? `${unset.variable} is not in the stack's Env` : (issues[0]?.message ?? 'empty')})`,
    };
  return { image: value };
}

/** Services this one waits for to complete. */
function completedDependencies(def: unknown): string[] {
  const dependsOn = isRecord(def) ? def.depends_on : undefined;
  if (!isRecord(dependsOn)) return [];
  return Object.entries(dependsOn)
    .filter(([, d]) => isRecord(d) && d.condition === 'service_completed_successfully')
    .map(([name]) => name);
}

function notStarted(service: Record<string, unknown>): string | undefined {
  if (Array.isArray(service.profiles) && service.profiles.length) return `in profile ${service.profiles.join(', ')}: not started by a plain up`;
  const replicas = isRecord(service.deploy) ? service.deploy.replicas : undefined;
  if (service.scale === 0 || replicas === 0) return 'scaled to 0';
  return undefined;
}

/** Every string of a value with `vars` substituted (unresolved variables become empty, as Compose does). */
function substitute(value: unknown, vars: Readonly<Record<string, string>>): unknown {
  if (typeof value === 'string') return interpolateString(value, vars).value;
  if (Array.isArray(value)) return value.map((v) => substitute(v, vars));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, vars)]));
  return value;
}

/**
 * `nginx` as Docker names it (`docker.io/library/nginx:latest`), so references written two ways compare equal.
 * A reference with a digest keeps its digest and drops nothing else.
 */
export function normalizeImage(reference: string): string {
  const [nameAndTag, digest] = reference.trim().split('@', 2);
  const slash = nameAndTag.lastIndexOf('/');
  const colon = nameAndTag.lastIndexOf(':');
  let name = colon > slash ? nameAndTag.slice(0, colon) : nameAndTag;
  const tag = colon > slash ? nameAndTag.slice(colon + 1) : digest ? '' : 'latest';
  const first = name.split('/')[0];
  const hasRegistry = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (!hasRegistry) name = `docker.io/${name.includes('/') ? '' : 'library/'}${name}`;
  name = name.replace(/^index\.docker\.io\//, 'docker.io/');
  return `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}

/** Whether a container created from `actual` runs `expected` (a digest, when expected names one, decides). */
export function isSameImage(actual: string, expected: string): boolean {
  const a = normalizeImage(actual);
  const e = normalizeImage(expected);
  if (e.includes('@')) return a.endsWith(`@${e.split('@')[1]}`) && a.split(/[:@]/)[0] === e.split(/[:@]/)[0];
  return a === e;
}

/** Per service what deploying `next` over `current` changes (create, update with the image old -> new, unchanged, delete). */
export function diffServices(current: readonly ComposeService[], next: readonly ComposeService[]): DeployItem[] {
  const before = new Map(current.map((s) => [s.name, s]));
  const items: DeployItem[] = next.map((service) => {
    const old = before.get(service.name);
    const image = service.image ?? service.imageUnchecked;
    if (!old) return { name: service.name, action: 'create', image: service.image, detail: `new service, image ${image}` };
    if (old.definition === service.definition) return { name: service.name, action: 'unchanged', image: service.image, detail: `image ${image}` };
    const oldImage = old.image ?? old.imageUnchecked;
    const detail = oldImage === image ? `definition changes, image ${image}` : `image ${oldImage} -> ${image}`;
    return { name: service.name, action: 'update', image: service.image, detail };
  });
  const names = new Set(next.map((s) => s.name));
  for (const old of current)
    if (!names.has(old.name)) items.push({ name: old.name, action: 'delete', image: old.image, detail: 'not in the new Compose file' });
  return items;
}
