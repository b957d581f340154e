/** Which environment a manifest belongs to: config paths and namespaces first, then its namespace name. */
import picomatch from 'picomatch';
import { environmentNames, isProductionEnvironment } from '../config/environments';
import type { StackgateConfig } from '../config/schema';
import type { KubernetesObject } from './objects';

const matchersByConfig = new WeakMap<StackgateConfig, { name: string; paths?: (file: string) => boolean; namespaces: string[] }[]>();

function matchersOf(config: StackgateConfig) {
  let m = matchersByConfig.get(config);
  if (!m) {
    m = Object.entries(config.environments).map(([name, env]) => ({
      name,
      paths: env.kubernetes.paths.length ? picomatch(env.kubernetes.paths, { dot: true }) : undefined,
      namespaces: env.kubernetes.namespaces,
    }));
    matchersByConfig.set(config, m);
  }
  return m;
}

export function environmentOfManifest(obj: KubernetesObject, config: StackgateConfig): string | undefined {
  for (const { name, paths, namespaces } of matchersOf(config)) {
    if (paths?.(obj.file)) return name;
    if (obj.namespace && namespaces.includes(obj.namespace)) return name;
  }
  const segments = [...obj.file.split('/').slice(0, -1), obj.namespace ?? ''];
  const known = environmentNames(config);
  for (const seg of segments.reverse()) {
    const hit = known.find((e) => seg === e || seg.endsWith(`-${e}`) || seg === `${e}uction`);
    if (hit) return hit;
  }
  return undefined;
}

/** Whether the environment the manifest belongs to is a production one; undefined when no environment names it. */
export function namedProduction(obj: KubernetesObject, config: StackgateConfig): boolean | undefined {
  const env = environmentOfManifest(obj, config);
  return env === undefined ? undefined : isProductionEnvironment(config, env);
}

/** Production unless the manifest is known to belong to a non-production environment. */
export function isProductionManifest(obj: KubernetesObject, config: StackgateConfig): boolean {
  return namedProduction(obj, config) ?? true;
}
