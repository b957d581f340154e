/**
 * What the Kubernetes driver reads from kubectl: its error lines (as kubectl 1.32 prints them) and
 * the field conflicts in them, the objects of its JSON output, and image changes.
 */
import { errorLines, imageChange, itemOf, parseConflict, parseObjects } from '../../../src/adapters/deploy/kubernetes-objects';

const ADVICE = `Please review the fields above--they currently have other managers. Here
are the ways you can resolve this warning:
* If you intend to manage all of these fields, please re-run the apply
  command with the \`--force-conflicts\` flag.
* If you do not intend to manage all of the fields, please edit your
  manifest to remove references to the fields that should keep their
  current managers.
* You may co-own fields by updating your manifest to match the existing
  value; in this case, you'll become the manager if the other manager(s)
  stop managing the field (remove it from their configuration).
See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts`;

describe('errorLines', () => {
  it.each([
    [
      'one conflict, with kubectl’s advice',
      `error: Apply failed with 1 conflict: conflict with "kubectl" using apps/v1: .spec.template.spec.containers[name="app"].image\n${ADVICE}\n`,
      ['Apply failed with 1 conflict: conflict with "kubectl" using apps/v1: .spec.template.spec.containers[name="app"].image'],
    ],
    [
      'two objects refused (an aggregate: no `error:` prefix)',
      `Apply failed with 1 conflict: conflict with "kubectl" using apps/v1: .spec.replicas\n${ADVICE}\nApply failed with 1 conflict: conflict with "helm": .data.x\n${ADVICE}\n`,
      ['Apply failed with 1 conflict: conflict with "kubectl" using apps/v1: .spec.replicas', 'Apply failed with 1 conflict: conflict with "helm": .data.x'],
    ],
    [
      'conflicts with two managers, over several lines',
      `error: Apply failed with 3 conflicts: conflicts with "helm":\n- .spec.replicas\nconflicts with "kubectl" using apps/v1:\n- .spec.template.spec.containers[name="app"].image\n- .spec.template.metadata.labels.tier\n${ADVICE}\n`,
      [
        'Apply failed with 3 conflicts: conflicts with "helm": - .spec.replicas conflicts with "kubectl" using apps/v1: - .spec.template.spec.containers[name="app"].image - .spec.template.metadata.labels.tier',
      ],
    ],
    [
      'klog lines of discovery, repeated',
      `E1207 10:42:01.791883   15054 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: the server has asked for the client to provide credentials"\nE1207 10:42:01.796281   15054 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: the server has asked for the client to provide credentials"\nerror: You must be logged in to the server (the server has asked for the client to provide credentials)\n`,
      [
        "couldn't get current server API group list: the server has asked for the client to provide credentials",
        'You must be logged in to the server (the server has asked for the client to provide credentials)',
      ],
    ],
    [
      'warnings are not errors',
      'Warning: resource deployments/x is missing the annotation\nError from server (NotFound): namespaces "nope" not found\n',
      ['Error from server (NotFound): namespaces "nope" not found'],
    ],
  ])('%s', (_name, stderr, expected) => {
    expect(errorLines(stderr)).toEqual(expected);
  });
});

describe('parseConflict', () => {
  it('finds the managers and the fields, not the names inside field paths', () => {
    expect(
      parseConflict(
        errorLines(
          `error: Apply failed with 3 conflicts: conflicts with "helm":\n- .spec.replicas\nconflicts with "kubectl" using apps/v1:\n- .spec.template.spec.containers[name="app"].image\n`,
        )[0],
      ),
    ).toEqual({
      managers: ['"helm"', '"kubectl" using apps/v1'],
      fields: ['.spec.replicas', '.spec.template.spec.containers[name="app"].image'],
    });
    expect(parseConflict('Apply failed with 1 conflict: conflict with "kubectl" using apps/v1: .spec.template.spec.containers[name="app"].image')).toEqual({
      managers: ['"kubectl" using apps/v1'],
      fields: ['.spec.template.spec.containers[name="app"].image'],
    });
  });

  it('is undefined for other errors', () => {
    expect(parseConflict('Error from server (NotFound): namespaces "nope" not found')).toBeUndefined();
  });
});

describe('parseObjects', () => {
  const dep = (name: string, images: string[]) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'mcp', resourceVersion: '7', generation: 3, annotations: { 'deployment.kubernetes.io/revision': '2' } },
    spec: { template: { spec: { initContainers: [{ name: 'init', image: 'busybox:1' }], containers: images.map((image, i) => ({ name: `c${i}`, image })) } } },
    status: { observedGeneration: 3 },
  });

  it('reads a List, one object, or nothing', () => {
    expect(parseObjects('')).toEqual([]);
    expect(
      parseObjects(
        JSON.stringify({ kind: 'List', apiVersion: 'v1', items: [dep('a', ['app:1']), { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } }] }),
      ),
    ).toEqual([
      expect.objectContaining({ kind: 'Deployment', group: 'apps', name: 'a', namespace: 'mcp', generation: 3, revision: '2', images: ['app:1', 'busybox:1'] }),
      expect.objectContaining({ kind: 'Service', group: '', name: 's', images: [] }),
    ]);
    expect(parseObjects(JSON.stringify(dep('b', ['app:2'])))).toEqual([expect.objectContaining({ name: 'b' })]);
  });

  it('compares content without what the server writes', () => {
    const [a] = parseObjects(JSON.stringify(dep('a', ['app:1'])));
    const [b] = parseObjects(JSON.stringify({ ...dep('a', ['app:1']), metadata: { ...dep('a', []).metadata, resourceVersion: '9' }, status: {} }));
    expect(a.content).toBe(b.content);
  });
});

describe('itemOf and imageChange', () => {
  it('names the first container’s image and its digest, and what changed', () => {
    const before = { images: ['ghcr.io/acme/app:1.2', 'sidecar:1'] };
    const after = { kind: 'Deployment', name: 'app', namespace: 'mcp', images: ['ghcr.io/acme/app@sha256:abc', 'sidecar:1'] };

    expect(itemOf(after, 'update', before)).toEqual({
      name: 'deployment/app',
      action: 'update',
      image: 'ghcr.io/acme/app@sha256:abc',
      digest: 'sha256:abc',
      detail: 'namespace mcp; image ghcr.io/acme/app:1.2 -> sha256:abc',
    });
    expect(imageChange({ images: ['localhost:5000/app:1'] }, { images: ['localhost:5000/app:2'] })).toBe('image localhost:5000/app:1 -> 2');
    expect(imageChange({ images: ['a:1'] }, { images: ['b:1'] })).toBe('image a:1 -> b:1');
    expect(imageChange(undefined, { images: ['a:1'] })).toBe('');
  });
});
