import { isTemplated, parseImageReference } from '../../../src/core/kubernetes/image-reference';

test.each([
  ['nginx', { name: 'nginx' }],
  ['nginx:1.27', { name: 'nginx', tag: '1.27' }],
  ['localhost:5000/team/app', { name: 'localhost:5000/team/app' }],
  ['localhost:5000/team/app:2.0', { name: 'localhost:5000/team/app', tag: '2.0' }],
  ['ghcr.io/acme/mcp:1.2@sha256:abc', { name: 'ghcr.io/acme/mcp', tag: '1.2', digest: 'sha256:abc' }],
  ['mcp@sha256:abc', { name: 'mcp', digest: 'sha256:abc' }],
])('parseImageReference(%s)', (image, expected) => {
  expect(parseImageReference(image)).toEqual({ digest: undefined, ...expected });
});

test('templated images', () => {
  expect(isTemplated('{{ .Values.image }}')).toBe(true);
  expect(isTemplated('${IMAGE}')).toBe(true);
  expect(isTemplated('mcp:1')).toBe(false);
});
