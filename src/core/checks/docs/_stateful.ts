/** Services that keep data a restore would need: databases and other stores, StatefulSets, MCP servers with volumes. */
import { distinctServices, imageRepository, listServices, looksLikeMcpServer, type DeployedService } from '../../services/list-services';
import type { RepositoryContext } from '../types';

const DATA_STORE_IMAGES = new Set([
  'postgres',
  'postgis',
  'timescaledb',
  'timescaledb-ha',
  'mysql',
  'mariadb',
  'mongo',
  'mongodb',
  'redis',
  'valkey',
  'clickhouse-server',
  'elasticsearch',
  'opensearch',
  'qdrant',
  'chroma',
  'weaviate',
  'milvus',
  'neo4j',
  'rabbitmq',
  'minio',
  'etcd',
  'n8n',
  'influxdb',
  'couchdb',
  'cassandra',
]);

export interface StatefulService {
  service: DeployedService;
  /** Why it holds data: `postgres image`, `StatefulSet`, `volume memory-data`. */
  reason: string;
}

export function statefulServices(ctx: Pick<RepositoryContext<string, unknown>, 'config' | 'compose' | 'kubernetes'>): StatefulService[] {
  const out: StatefulService[] = [];
  for (const s of distinctServices(listServices(ctx), 'deployment')) {
    const store = s.images.map(imageRepository).find((r) => DATA_STORE_IMAGES.has(r.split('/').pop()!));
    if (store) out.push({ service: s, reason: `${store} image` });
    else if (s.object?.kind === 'StatefulSet') out.push({ service: s, reason: 'StatefulSet' });
    else if (looksLikeMcpServer(s)) {
      const volume = persistentVolumeOf(s);
      if (volume) out.push({ service: s, reason: `volume ${volume}` });
    }
  }
  return out;
}

/** A named Compose volume or a PersistentVolumeClaim the service mounts. */
function persistentVolumeOf(s: DeployedService): string | undefined {
  if (s.platform === 'compose') {
    const volumes = Array.isArray(s.value.volumes) ? s.value.volumes : [];
    for (const v of volumes) {
      const source =
        typeof v === 'string'
          ? v.split(':')[0]
          : v && typeof v === 'object' && (v as { type?: unknown }).type !== 'bind'
            ? (v as { source?: unknown }).source
            : undefined;
      if (typeof source === 'string' && /^[A-Za-z0-9][\w.-]*$/.test(source)) return source;
    }
    return undefined;
  }
  const spec = (s.value.spec as { template?: { spec?: { volumes?: { name?: string; persistentVolumeClaim?: unknown }[] } } } | undefined)?.template?.spec;
  return spec?.volumes?.find((v) => v.persistentVolumeClaim)?.name;
}
