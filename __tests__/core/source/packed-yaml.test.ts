/**
 * Parsed YAML packed into flat arrays and unpacked (how a worker thread hands its parses to
 * validate) gives back the same files, documents, problems and trees, property for property:
 * positions of keys and values, tags, merged and aliased nodes, scalars of every type.
 */
import { packParsedYaml, unpackParsedYaml } from '../../../src/core/source/packed-yaml';
import { parseYaml } from '../../../src/core/source/yaml-tree';

const roundTrip = (files: Record<string, string>) => {
  const parsed = Object.entries(files).map(([file, text]) => parseYaml(file, text));
  // Through structured cloning, as postMessage sends it.
  return { parsed, unpacked: unpackParsedYaml(structuredClone(packParsedYaml(parsed))) };
};

test('scalars of every type, empty values, tags, aliases and merge keys come back as they were parsed', () => {
  const { parsed, unpacked } = roundTrip({
    'a.yaml': [
      'defaults: &defaults { retries: 3, timeout: 1.5e3, enabled: true }',
      'service:',
      '  <<: *defaults',
      '  name: "api"',
      '  empty:',
      '  nothing: null',
      '  off: false',
      '  negative: -0',
      '  huge: 123456789012345678901234567890',
      '  hex: 0x1F',
      '  notANumber: .nan',
      '  when: 2024-01-01',
      '  reset: !reset []',
      '  override: !override { a: 1 }',
      '  block: |',
      '    line one',
      '    line two',
      '  list: [1, "two", ~, { three: 3 }]',
      '  seq:',
      '    -',
      '    - *defaults',
    ].join('\n'),
    'b.yml': '---\napiVersion: v1\nkind: ConfigMap\n---\n# only a comment\n---\n- 1\n- [2, 3]\n',
    'c.json': '{"panels": [{"id": 1, "title": "a"}], "dashboard": {"uid": "x"}}',
  });
  expect(unpacked).toStrictEqual(parsed);
  expect(unpacked.map((p) => p.documents.length)).toEqual([1, 3, 1]);
});

test('files with problems and documents without a tree keep them', () => {
  const { parsed, unpacked } = roundTrip({
    'broken.yaml': 'a: [1, 2\nb: 3\n',
    'duplicate.yaml': 'a: 1\na: 2\n---\nb: 1\n',
    'empty.yaml': '',
  });
  expect(parsed[0].problems.length).toBeGreaterThan(0);
  expect(parsed[1].documents[0].root).toBeNull();
  expect(unpacked).toStrictEqual(parsed);
});
