/**
 * A Deployment for Kubernetes check tests: `mcp`, selecting `app: mcp`, whose pod spec gets the
 * `podSpec` lines (from line 10) and whose first container, `server`, gets the `container` lines
 * (from line 13 when `podSpec` is empty). Append `        - name: ...` lines to add containers.
 */
export function deploymentManifest({ podSpec = [], container = [] }: { podSpec?: string[]; container?: string[] } = {}): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: mcp',
    'spec:',
    '  selector: { matchLabels: { app: mcp } }',
    '  template:',
    '    metadata: { labels: { app: mcp } }',
    '    spec:',
    ...podSpec.map((l) => `      ${l}`),
    '      containers:',
    '        - name: server',
    '          image: ghcr.io/acme/mcp:1.2.0',
    ...container.map((l) => `          ${l}`),
    '',
  ].join('\n');
}
