#!/bin/sh
# Nightly dump of memory-db (the mcp-memory knowledge graph), run by cron on the Agent host at 02:30:
#   30 2 * * * /srv/mcp-stacks/scripts/backup/memory-db.sh
# Keeps 14 days under /srv/backups/memory-db/ and copies each dump to the off-site bucket.
set -eu
dir=/srv/backups/memory-db
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$dir"
docker exec mcp-common-memory-db-1 pg_dump -U "${MEMORY_DB_USER:-mcp}" -Fc "${MEMORY_DB_NAME:-mcp_memory}" > "$dir/$stamp.dump"
find "$dir" -name '*.dump' -mtime +14 -delete
rclone copy "$dir/$stamp.dump" "offsite:mcp-backups/memory-db/"
