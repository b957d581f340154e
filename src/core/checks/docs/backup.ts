import { imageRepository, listServices } from '../../services/list-services';
import { defineCheck } from '../types';
import { statefulServices } from './_stateful';

const SCRIPT = /\.(sh|bash|py|ps1|js|mjs|ts|rb|go)$|(^|\/)makefile$/i;
const BACKUP_PATH = /(^|\/)backups?\/|(^|\/)[^/]*backup[^/]*$/i;
const BACKUP_IMAGE = /(restic|borg(matic)?|pgbackrest|wal-g|barman|backup|kopia|duplicati)/;
const BACKUP_COMMAND = /\b(pg_dump(all)?|pg_basebackup|mysqldump|mariadb-dump|mongodump|redis-cli\s+(--rdb|bgsave)|restic\s+backup|borg\s+create)\b/;
const BACKUP_KINDS = /^(Schedule|Backup|ScheduledBackup|BackupConfiguration|BackupSchedule)$/;

export default defineCheck({
  id: 'docs/backup',
  target: 'repository',
  meta: {
    title: 'Stateful services have no backup',
    category: 'reliability',
    severity: 'warning',
    operatedOnly: true,
    rationale:
      "The memory graph, the Postgres and TimescaleDB data behind the MCP servers and n8n's workflows exist once, on one volume. A host lost, a bad migration or an `docker compose down -v` and they are gone; a backup that is not in the repository is not reviewed, not versioned and usually not running.",
    remediation:
      'Keep the backup with the stacks: a script under scripts/backup/ run on a schedule, a backup service in Compose (restic, pgbackrest, postgres-backup-local), or a Kubernetes CronJob or Velero/CloudNativePG schedule; document the restore next to it.',
    messages: {
      none: 'service "{{service}}" keeps data ({{reason}}{{more}}) but nothing in the repository backs it up: no backup script, backup service, CronJob or backup schedule',
    },
  },
  check(ctx) {
    const stateful = statefulServices(ctx);
    if (!stateful.length) return ctx.notApplicable();
    if (hasBackup(ctx)) return;
    const [first] = stateful;
    const more =
      stateful.length > 1
        ? `; ${stateful.length - 1} more: ${stateful
            .slice(1, 6)
            .map((s) => s.service.name)
            .join(', ')}${stateful.length > 6 ? ', …' : ''}`
        : '';
    ctx.report({ messageId: 'none', data: { service: first.service.name, reason: first.reason, more }, at: first.service.loc });
  },
});

function hasBackup(ctx: Parameters<typeof statefulServices>[0] & { paths: readonly string[] }): boolean {
  if (ctx.paths.some((p) => BACKUP_PATH.test(p) && SCRIPT.test(p))) return true;
  if (ctx.kubernetes.some((o) => BACKUP_KINDS.test(o.kind) && o.apiVersion.includes('.'))) return true;
  const cronJobs = ctx.kubernetes.filter((o) => o.kind === 'CronJob');
  if (cronJobs.some((o) => /backup/i.test(o.name) || BACKUP_COMMAND.test(JSON.stringify(o.value.spec ?? {})))) return true;
  return listServices(ctx).some(
    (s) =>
      s.platform === 'compose' &&
      (s.images.some((i) => BACKUP_IMAGE.test(imageRepository(i))) || /backup/i.test(s.name) || BACKUP_COMMAND.test(s.args.join(' '))),
  );
}
