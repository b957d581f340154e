import { hasPlaceholder } from '../../../src/core/kubernetes/placeholders';

test.each([
  ['${ACCESS_MODE}', true],
  ['${REPLICAS:=2}', true],
  ['${STORAGE_CLASS:-ceph-block}', true],
  ['${SIZE}Gi', true],
  ['$(POD_NAME)', true],
  ['ghcr.io/acme/app:${TAG}', true],
  ['$REPLICAS', false],
  ['${}', false],
  ['$(1abc)', false],
  ['{{ .Values.replicas }}', false],
  ['costs $5 (approx)', false],
  [3, false],
  [null, false],
] as const)('%p holds a placeholder: %p', (value, expected) => {
  expect(hasPlaceholder(value)).toBe(expected);
});
