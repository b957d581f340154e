/** Which environment a manifest belongs to: config paths and namespaces first, then its namespace name. */
import picomatch from 'picomatch';
import { isProductionName, type StackgateConfig } from '../config/schema';
import type { KubernetesObject } from './objects';

export function environmentOfManifest(obj: KubernetesObject, config: StackgateConfig): string | undefined {
  for (const [name, env] of Object.entries(config.environments)) {
    const k = env.kubernetes;
    if (k.paths.length && picomatch(k.paths, { dot: true })(obj.file)) return name;
    if (obj.namespace && k.namespaces.includes(obj.namespace)) return name;
  }
  const segments = [...obj.file.split('/').slice(0, -1), obj.namespace ?? ''];
  const known = Object.keys(config.environments).length ? Object.keys(config.environments) : ['dev', 'staging', 'prod'];
  for (const seg of segments.reverse()) {
    const hit = known.find((e) => seg === e || seg.endsWith(`-${e}`) || seg === `${e}uction`);
    if (hit) return hit;
  }
  return undefined;
}

/** Production unless the manifest is known to belong to a non-production environment. */
export function isProductionManifest(obj: KubernetesObject, config: StackgateConfig): boolean {
  const env = environmentOfManifest(obj, config);
  if (!env) return true;
  return config.environments[env]?.production ?? isProductionName(env);
}
