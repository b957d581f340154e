import check from '../../../../src/core/checks/compose/non-root-user';
import { describeCheck, runCase } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'numeric user', code: 'services:\n  web:\n    image: nginx:1.27\n    user: "1001:1001"\n' },
    { name: 'named user', code: 'services:\n  web:\n    image: nginx:1.27\n    user: node\n' },
    { name: 'built locally: USER belongs in the Dockerfile', code: 'services:\n  app:\n    build: .\n' },
    {
      name: 'official images whose entrypoint steps down to their own user',
      code: 'services:\n  vectors:\n    image: pgvector/pgvector:pg17\n  secrets:\n    image: hashicorp/vault:1.18\n  olap:\n    image: clickhouse/clickhouse-server:24.8\n  db:\n    image: postgres:16\n  cache:\n    image: docker.io/library/redis:7.4-alpine\n  mq:\n    image: rabbitmq:3.13-management\n',
    },
    {
      name: 'images with a non-root USER',
      code: 'services:\n  seed:\n    image: curlimages/curl:8.11.0\n  tika:\n    image: apache/tika:3.0.0.0-full\n  sso:\n    image: quay.io/keycloak/keycloak:26.0\n  grafana:\n    image: grafana/grafana:11.2.0\n  prom:\n    image: quay.io/prometheus/prometheus:v2.54.1\n  n8n:\n    image: docker.n8n.io/n8nio/n8n:1.80.0\n  pg:\n    image: bitnami/postgresql:16\n  api:\n    image: gcr.io/distroless/static-debian12:nonroot\n',
    },
  ],
  invalid: [
    { name: 'no user', code: 'services:\n  web:\n    image: nginx:1.27\n', errors: [{ line: 2, messageId: 'noUser', message: 'service "web" sets no user' }] },
    {
      name: 'a root distroless image; an image whose name only contains a known one is not known',
      code: 'services:\n  api:\n    image: gcr.io/distroless/static-debian12\n  tool:\n    image: acme/postgres-backup:2.1\n',
      errors: [
        { line: 2, messageId: 'noUser' },
        { line: 4, messageId: 'unknownImage', message: 'whether image acme/postgres-backup:2.1 runs as root is not known here' },
      ],
    },
    {
      name: 'an MCP server of an unknown image is still a warning',
      code: 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/fetch-server:1.0\n  tools:\n    image: mcp/fetch:latest\n',
      errors: [
        { line: 2, messageId: 'noUser' },
        { line: 4, messageId: 'noUser' },
      ],
    },
    {
      name: 'user root',
      code: 'services:\n  web:\n    image: nginx:1.27\n    user: root\n',
      errors: [{ line: 4, messageId: 'rootUser', message: 'user: root' }],
    },
    {
      name: 'user 0:0 on a built service',
      code: 'services:\n  app:\n    build: .\n    user: "0:0"\n',
      errors: [{ line: 4, messageId: 'rootUser', message: '"app"' }],
    },
    { name: 'numeric 0', code: 'services:\n  web:\n    image: nginx:1.27\n    user: 0\n', errors: [{ line: 4, messageId: 'rootUser' }] },
    {
      name: 'prod override switches to root: the finding points at the override',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n    user: "1001"\n',
        'stacks/prod/docker-compose.yml': 'services:\n  web:\n    user: root\n',
      },
      errors: [{ file: 'stacks/prod/docker-compose.yml', line: 3, messageId: 'rootUser' }],
    },
  ],
});

describe('an image whose user is not known here', () => {
  const found = (code: string) => runCase(check, { code }, 'docker-compose.yml').map((f) => `${f.line} ${f.severity} ${f.messageId}`);

  test('is info, and known root images stay warnings', () => {
    expect(
      found('services:\n  search:\n    image: getmeili/meilisearch:v1.11\n  web:\n    image: nginx:1.27\n  store:\n    image: minio/minio:RELEASE.2024\n'),
    ).toEqual(['2 info unknownImage', '4 warning noUser', '6 warning noUser']);
  });

  test('a severity set in stackgate.yml applies to it', () => {
    const findings = runCase(
      check,
      { code: 'services:\n  search:\n    image: getmeili/meilisearch:v1.11\n', config: { checks: { 'compose/non-root-user': 'error' } } },
      'docker-compose.yml',
    );
    expect(findings.map((f) => f.severity)).toEqual(['error']);
  });
});
