import check from '../../../../src/core/checks/docs/backup';
import { describeCheck } from '../../../helpers/check-cases';

const STATEFUL =
  'services:\n  mcp-memory:\n    image: ghcr.io/acme/mcp-memory:1.0.0\n    volumes:\n      - memory-data:/data\n  memory-db:\n    image: postgres:16.4\nvolumes:\n  memory-data: {}\n';
const STATELESS = 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0.0\n    volumes:\n      - ./config:/config:ro\n';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'a backup script', code: STATEFUL, files: { 'scripts/backup/postgres.sh': '#!/bin/sh\npg_dump "$DB" > /backups/db.sql\n' } },
    {
      name: 'a backup service in Compose',
      code: `${STATEFUL.replace('volumes:\n  memory-data', '  db-backup:\n    image: prodrigestivill/postgres-backup-local:16\nvolumes:\n  memory-data')}`,
    },
    {
      name: 'a Kubernetes CronJob running pg_dump',
      files: {
        'k8s/db.yaml':
          'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  template:\n    spec:\n      containers:\n        - name: db\n          image: postgres:16.4\n',
        'k8s/dump.yaml':
          'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: dump\n              image: postgres:16.4\n              command: ["pg_dump", "-f", "/backup/db.sql"]\n',
      },
    },
    {
      name: 'a Velero schedule',
      files: {
        'k8s/db.yaml':
          'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: vectors\nspec:\n  template:\n    spec:\n      containers:\n        - name: qdrant\n          image: qdrant/qdrant:v1.11.0\n',
        'k8s/velero.yaml': 'apiVersion: velero.io/v1\nkind: Schedule\nmetadata:\n  name: daily\nspec:\n  schedule: "0 1 * * *"\n',
      },
    },
  ],
  invalid: [
    {
      name: 'a database and an MCP server with a volume, no backup',
      code: STATEFUL,
      files: { 'docs/backup.md': 'We should back up.\n' },
      errors: [{ line: 2, messageId: 'none', message: 'service "mcp-memory" keeps data (volume memory-data; 1 more: memory-db)' }],
    },
  ],
  notApplicable: [{ name: 'stateless servers with bind mounts', code: STATELESS }],
});
