/**
 * What the fake Kubernetes API server (fake-kube-apiserver.ts) says about itself: `/version`, legacy
 * discovery (`/api`, `/apis`, `/api/v1`, `/apis/apps/v1`; kubectl accepts it in place of aggregated
 * discovery) and a minimal OpenAPI v3, the PATCH operation of each resource with its GVK and
 * `fieldValidation` parameter: enough for kubectl's `--validate=strict` to leave validation to the server.
 */
import { groupVersion, RESOURCE_TYPES } from './fake-kube-state';

const SHORT_NAMES: Record<string, string> = {
  namespaces: 'ns',
  services: 'svc',
  configmaps: 'cm',
  deployments: 'deploy',
  statefulsets: 'sts',
  daemonsets: 'ds',
  replicasets: 'rs',
};

/** The document for a discovery path, or undefined when `p` is not one. */
export function discovery(p: string, url: string): unknown {
  const groups = [...new Set(RESOURCE_TYPES.map(groupVersion))];
  const resources = (gv: string) => ({
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: gv,
    resources: RESOURCE_TYPES.filter((t) => groupVersion(t) === gv).map((t) => ({
      name: t.plural,
      singularName: t.kind.toLowerCase(),
      ...(SHORT_NAMES[t.plural] ? { shortNames: [SHORT_NAMES[t.plural]] } : {}),
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
    })),
  });
  const openapi = (gv: string) => ({
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.32.0' },
    paths: Object.fromEntries(
      RESOURCE_TYPES.filter((t) => groupVersion(t) === gv).map((t) => [
        `/${t.group ? 'apis' : 'api'}/${gv}/${t.namespaced ? 'namespaces/{namespace}/' : ''}${t.plural}/{name}`,
        {
          patch: {
            'x-kubernetes-group-version-kind': { group: t.group, version: t.version, kind: t.kind },
            parameters: [{ name: 'fieldValidation', in: 'query', schema: { type: 'string' } }],
            responses: { 200: { description: 'OK' } },
          },
        },
      ]),
    ),
  });
  const prefixOf = (gv: string) => (gv.includes('/') ? `apis/${gv}` : `api/${gv}`);
  switch (p) {
    case '/version':
      return { major: '1', minor: '32', gitVersion: 'v1.32.0', platform: 'linux/amd64' };
    case '/api':
      return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: new URL(url).host }] };
    case '/apis':
      return {
        kind: 'APIGroupList',
        apiVersion: 'v1',
        groups: groups
          .filter((gv) => gv.includes('/'))
          .map((gv) => ({
            name: gv.split('/')[0],
            versions: [{ groupVersion: gv, version: gv.split('/')[1] }],
            preferredVersion: { groupVersion: gv, version: gv.split('/')[1] },
          })),
      };
    case '/openapi/v3':
      return { paths: Object.fromEntries(groups.map((gv) => [prefixOf(gv), { serverRelativeURL: `/openapi/v3/${prefixOf(gv)}?hash=${gv.length}` }])) };
  }
  const gv = groups.find((g) => p === `/${prefixOf(g)}`);
  if (gv) return resources(gv);
  const doc = groups.find((g) => p === `/openapi/v3/${prefixOf(g)}`);
  return doc ? openapi(doc) : undefined;
}
