import check from '../../../../src/core/checks/docs/restore-procedure';
import { describeCheck } from '../../../helpers/check-cases';

const DB = 'services:\n  memory-db:\n    image: postgres:16.4\n';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'docs/DISASTER_RECOVERY.md',
      code: DB,
      files: { 'docs/DISASTER_RECOVERY.md': '# Disaster recovery\n\nRestore the latest dump with pg_restore.\n' },
    },
    {
      name: 'a Restore section in a runbook',
      code: DB,
      files: { 'docs/runbooks/database.md': '# Database\n\n## Restoring from a backup\n\n1. Stop the writers.\n' },
    },
  ],
  invalid: [
    {
      name: 'a backup document that never says how to restore',
      code: DB,
      files: { 'docs/backup.md': '# Backups\n\nNightly pg_dump to S3.\n', 'README.md': '# fleet\n' },
      errors: [{ file: 'README.md', line: 1, messageId: 'none', message: 'stateful services (memory-db) but no restore procedure' }],
    },
  ],
  notApplicable: [{ name: 'nothing stateful', code: 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0.0\n' }],
});
