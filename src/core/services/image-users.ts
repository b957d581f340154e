/**
 * Who an image runs as when nothing sets a user (Compose `user:`, a Dockerfile USER of its own):
 * known non-root (official images whose entrypoint steps down to their own user, images with a
 * non-root USER), known root (official base, language and web-server images, common tools, scratch
 * and distroless without their nonroot tag), or unknown: the user is in the image, which stackgate
 * does not pull. Repositories as imageRepository gives them (registry host and `library/` dropped).
 */
import { parseImageReference } from '../kubernetes/image-reference';
import { imageRepository } from './list-services';

export type ImageUser = 'root' | 'non-root' | 'unknown';

/**
 * Images that do not run their server as root: official images whose entrypoint steps down to their
 * own user before starting it (gosu, su-exec), and images whose Dockerfile sets a non-root USER. A
 * `command:` that replaces the server may keep root; that is left to review.
 */
const NOT_ROOT_BY_DEFAULT = new Set([
  // The entrypoint steps down to the service's user.
  'postgres',
  'redis',
  'mysql',
  'mariadb',
  'mongo',
  'rabbitmq',
  'cassandra',
  'zookeeper',
  'couchdb',
  'neo4j',
  'valkey/valkey',
  'postgis/postgis',
  'pgvector/pgvector',
  'timescale/timescaledb',
  'clickhouse/clickhouse-server',
  'hashicorp/vault',
  'hashicorp/consul',
  // A non-root USER in the image.
  'memcached',
  'elasticsearch',
  'elasticsearch/elasticsearch',
  'grafana/grafana',
  'grafana/grafana-oss',
  'prom/prometheus',
  'prom/alertmanager',
  'prom/node-exporter',
  'prom/pushgateway',
  'prom/blackbox-exporter',
  'prometheus/prometheus',
  'prometheus/alertmanager',
  'prometheus/node-exporter',
  'otel/opentelemetry-collector',
  'otel/opentelemetry-collector-contrib',
  'n8nio/n8n',
  'nginxinc/nginx-unprivileged',
  'haproxy',
  'curlimages/curl',
  'apache/tika',
  'keycloak/keycloak',
  'grafana/loki',
  'grafana/tempo',
  'jaegertracing/all-in-one',
  'kibana/kibana',
  'logstash/logstash',
  'sonatype/nexus3',
  'jenkins/jenkins',
  'nodered/node-red',
  'sonarqube',
  'confluentinc/cp-kafka',
  'confluentinc/cp-zookeeper',
]);

/**
 * Images known to run as root when no `user:` is set: official base, language and server images
 * without a USER (nginx and httpd masters, node, python, ...), and common tools that run as root.
 */
const ROOT_BY_DEFAULT = new Set([
  'nginx',
  'httpd',
  'node',
  'python',
  'golang',
  'ruby',
  'php',
  'openjdk',
  'eclipse-temurin',
  'amazoncorretto',
  'tomcat',
  'ubuntu',
  'debian',
  'alpine',
  'busybox',
  'centos',
  'fedora',
  'rockylinux',
  'almalinux',
  'amazonlinux',
  'traefik',
  'caddy',
  'docker',
  'registry',
  'wordpress',
  'nextcloud',
  'minio/minio',
  'qdrant/qdrant',
  'ollama/ollama',
  'portainer/portainer-ce',
  'portainer/agent',
  'nginxproxy/nginx-proxy',
  'nginxproxy/acme-companion',
  'jwilder/nginx-proxy',
  'containrrr/watchtower',
  'cadvisor/cadvisor',
  'grafana/promtail',
  'microsoft/playwright',
  'playwright',
  'maven',
  'gradle',
  'rust',
  'buildpack-deps',
  'elixir',
  'erlang',
  'perl',
  'oraclelinux',
  'archlinux',
  'opensuse/leap',
  'ubi8/ubi',
  'ubi8/ubi-minimal',
  'ubi9/ubi',
  'ubi9/ubi-minimal',
  'dotnet/aspnet',
  'dotnet/runtime',
  'dotnet/runtime-deps',
  'dotnet/sdk',
]);

/** Who the image runs as when nothing sets a user. */
export function defaultImageUser(image: string): ImageUser {
  const written = image.trim();
  if (!written || written.includes('$')) return 'unknown';
  if (written.toLowerCase() === 'scratch') return 'root';
  const repository = imageRepository(written);
  const tag = parseImageReference(written).tag ?? '';
  if (repository.startsWith('distroless/')) return /^(?:debug-)?nonroot\b/.test(tag) ? 'non-root' : 'root';
  if (repository.startsWith('chainguard/')) return /dev/.test(tag) ? 'unknown' : 'non-root';
  if (NOT_ROOT_BY_DEFAULT.has(repository) || repository.startsWith('bitnami/')) return 'non-root';
  if (ROOT_BY_DEFAULT.has(repository)) return 'root';
  return 'unknown';
}
