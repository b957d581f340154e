import { parsePortSpec } from '../../compose/merge';
import { defineCheck } from '../types';
import { imageBaseName, parseImageRef } from './_image-ref';

/** Container ports of services that should only be reachable on the Compose network. */
const INTERNAL_PORTS: Record<number, string> = {
  5432: 'PostgreSQL',
  3306: 'MySQL/MariaDB',
  6379: 'Redis',
  27017: 'MongoDB',
  9200: 'Elasticsearch/OpenSearch',
  11211: 'Memcached',
  5672: 'RabbitMQ',
  2379: 'etcd',
  9042: 'Cassandra',
  8086: 'InfluxDB',
  9092: 'Kafka',
  2181: 'ZooKeeper',
  4222: 'NATS',
  8123: 'ClickHouse',
};
const INTERNAL_IMAGES =
  /^(postgres|postgis|timescaledb(-ha)?|pgvector|mysql|mariadb|redis|redis-stack(-server)?|valkey|keydb|mongo|mongodb|elasticsearch|opensearch|memcached|rabbitmq|etcd|cassandra|influxdb|kafka|zookeeper|nats|clickhouse(-server)?|qdrant|weaviate|chromadb|chroma)$/;
const ALL_INTERFACES = new Set(['', '0.0.0.0', '::']);

export default defineCheck({
  id: 'compose/published-all-interfaces',
  target: 'compose-service',
  meta: {
    title: 'Internal service is published on every host interface',
    category: 'security',
    severity: 'warning',
    rationale:
      "Publishing a database or cache port without a host IP binds it on 0.0.0.0, and Docker's iptables rules bypass host firewalls such as ufw: the database is reachable from the internet. Exposed Redis, MongoDB and Elasticsearch instances are found and wiped by scanners within hours. The MCP server reaches them over the Compose network and needs no published port.",
    remediation: 'Remove the `ports:` mapping (use the service name on the Compose network), or bind it to loopback: `"127.0.0.1:5432:5432"`.',
    messages: {
      allInterfaces: 'service "{{service}}" publishes {{what}} port {{port}} on all host interfaces',
    },
  },
  check(ctx) {
    const ports = ctx.service.value.ports;
    if (!Array.isArray(ports)) return;
    const image = typeof ctx.service.value.image === 'string' ? imageBaseName(parseImageRef(ctx.service.value.image.trim()).name) : '';
    const isInternalImage = INTERNAL_IMAGES.test(image);
    ports.forEach((p, i) => {
      const spec =
        typeof p === 'string' || typeof p === 'number'
          ? parsePortSpec(String(p))
          : p && typeof p === 'object'
            ? longSpec(p as Record<string, unknown>)
            : undefined;
      if (!spec || !spec.published || !ALL_INTERFACES.has(spec.hostIp)) return;
      const target = Number(spec.target.split('-')[0]);
      const known = INTERNAL_PORTS[target];
      if (!known && !isInternalImage) return;
      ctx.report({
        messageId: 'allInterfaces',
        data: { service: ctx.service.name, what: known ?? image, port: `${spec.published}->${spec.target}` },
        at: ['ports', i],
      });
    });
  },
});

function longSpec(p: Record<string, unknown>): { hostIp: string; published: string; target: string } {
  const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
  return { hostIp: text(p.host_ip), published: text(p.published), target: text(p.target) };
}
