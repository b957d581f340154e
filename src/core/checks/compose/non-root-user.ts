import { runsWindowsContainer } from './_windows';
import { imageRepository, looksLikeMcpServer } from '../../services/list-services';
import { defineCheck } from '../types';

/**
 * Images that do not run their server as root although a service sets no `user:`: official images
 * whose entrypoint steps down to their own user before starting it (gosu, su-exec), and images
 * whose Dockerfile sets a non-root USER. Repositories as imageRepository gives them (registry host
 * and `library/` dropped). A `command:` that replaces the server may keep root; that is left to review.
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
]);

/** Whether an image runs as root when the service sets no user: known so, or distroless without its nonroot tag. */
function runsAsRootByDefault(image: string): boolean {
  const repository = imageRepository(image.trim());
  return ROOT_BY_DEFAULT.has(repository) || (/^distroless\/[^:]*$/.test(repository) && !/:(?:debug-)?nonroot\b/.test(image));
}

function runsAsNonRootByDefault(image: unknown): boolean {
  if (typeof image !== 'string' || !image.trim()) return false;
  const repository = imageRepository(image.trim());
  return (
    NOT_ROOT_BY_DEFAULT.has(repository) ||
    repository.startsWith('bitnami/') ||
    (/^distroless\/[^:]*$/.test(repository) && /:nonroot\b|:debug-nonroot\b/.test(image))
  );
}

export default defineCheck({
  id: 'compose/non-root-user',
  target: 'compose-service',
  meta: {
    title: 'Service may run as root',
    category: 'security',
    severity: 'warning',
    rationale:
      "Most images run as root unless told otherwise; a compromised MCP server then owns the container, every mounted volume and, through any kernel bug, the host. kube-linter (run-as-non-root) and Polaris (runAsRootAllowed) flag the Kubernetes equivalent. Services built from a local Dockerfile are only reported for an explicit root `user:`, because their USER is checked by dockerfile/user-root; nor are images known not to run their server as root (postgres, redis, mysql, mariadb, mongo and rabbitmq step down in their entrypoint; grafana, prometheus, the OpenTelemetry collector, n8n, bitnami images and others set a non-root USER). Without a user, the warning is for images known to run as root (official base, language and web-server images, common tools, distroless without its nonroot tag) and for MCP servers; any other image's user is in the image, which validate does not pull, so that finding is info. Windows containers are not checked (runsWindowsContainer: `platform: windows`, `isolation:`, a Windows base image, the `nat` network or a `windows/` directory): they have no root user (their users are ContainerAdministrator and ContainerUser).",
    remediation: 'Set `user: "1001:1001"` (a UID the image supports), or build the image with a non-root `USER`.',
    messages: {
      noUser: 'service "{{service}}" sets no user, so it runs as the image\'s default user (root for most images)',
      unknownImage: 'service "{{service}}" sets no user, and whether image {{image}} runs as root is not known here: set `user:`, or check the image\'s USER',
      rootUser: 'service "{{service}}" runs as root (user: {{user}})',
    },
  },
  check(ctx) {
    if (runsWindowsContainer(ctx.stack, ctx.service)) return;
    const v = ctx.service.value;
    const data = { service: ctx.service.name };
    const user = v.user;
    if (user === undefined || user === null || user === '') {
      if (v.build !== undefined || runsAsNonRootByDefault(v.image)) return;
      // Root is certain for images known to run as root (and an MCP server is where it matters most);
      // for any other image the user is in the image, which is not pulled: a note, not a warning.
      const image = typeof v.image === 'string' ? v.image.trim() : '';
      if (!image || runsAsRootByDefault(image) || looksLikeMcpServer({ name: ctx.service.name, hosts: [], images: [image] })) {
        ctx.report({ messageId: 'noUser', data, at: [] });
      } else ctx.report({ messageId: 'unknownImage', data: { ...data, image }, at: [], atInfo: true });
      return;
    }
    const text = String(user).trim();
    if (/^(root|0)(:.*)?$/.test(text)) ctx.report({ messageId: 'rootUser', data: { ...data, user: text }, at: ['user'] });
  },
});
