import { getNode, locate, parseYaml, toPlain } from '../../../src/core/source/yaml-tree';

const FALLBACK = { file: 'f.yml', line: 1, column: 1 };

describe('parseYaml', () => {
  test('keeps line and column of keys and values', () => {
    const { documents, problems } = parseYaml('f.yml', 'services:\n  web:\n    image: nginx:1.27\n');
    expect(problems).toEqual([]);
    const root = documents[0].root;
    expect(locate(root, ['services', 'web', 'image'], FALLBACK)).toMatchObject({ file: 'f.yml', line: 3, column: 5 });
    expect(getNode(root, ['services', 'web', 'image'])?.loc).toMatchObject({ line: 3, column: 12 });
  });

  test('a missing key locates at its deepest existing parent', () => {
    const { documents } = parseYaml('f.yml', 'a:\n  b:\n    c: 1\n');
    expect(locate(documents[0].root, ['a', 'b', 'missing', 'deeper'], FALLBACK)).toMatchObject({ line: 2, column: 3 });
  });

  test('multi-document files keep each document with its own lines', () => {
    const { documents } = parseYaml('m.yml', 'kind: A\n---\nkind: B\nname: x\n');
    expect(documents.map((d) => toPlain(d.root))).toEqual([{ kind: 'A' }, { kind: 'B', name: 'x' }]);
    expect(locate(documents[1].root, ['name'], FALLBACK).line).toBe(4);
  });

  test('anchors and merge keys expand, explicit keys win, positions point at the anchor source', () => {
    const text = 'x-defaults: &defaults\n  restart: always\n  user: "1000"\nservices:\n  a:\n    <<: *defaults\n    user: "2000"\n';
    const { documents, problems } = parseYaml('c.yml', text);
    expect(problems).toEqual([]);
    const root = documents[0].root;
    expect(toPlain(getNode(root, ['services', 'a']))).toEqual({ user: '2000', restart: 'always' });
    expect(locate(root, ['services', 'a', 'restart'], FALLBACK).line).toBe(2);
    expect(locate(root, ['services', 'a', 'user'], FALLBACK).line).toBe(7);
  });

  test('duplicate keys are reported with their line, not silently resolved', () => {
    const { problems, documents } = parseYaml('d.yml', 'a: 1\nb: 2\na: 3\n');
    expect(problems).toEqual([expect.objectContaining({ code: 'duplicate-key', line: 3 })]);
    expect(documents[0].root).toBeNull();
  });

  test('syntax errors name the line', () => {
    const { problems } = parseYaml('s.yml', 'a: 1\nb: [1, 2\nc: 3\n');
    expect(problems[0]).toMatchObject({ code: 'syntax' });
    expect(problems[0].line).toBeGreaterThanOrEqual(2);
  });

  test('a billion-laughs alias bomb is reported, not expanded', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = 'bcdefghi'.split('');
    let prev = 'a';
    for (const n of names) {
      lines.push(`${n}: &${n} [${Array(9).fill(`*${prev}`).join(',')}]`);
      prev = n;
    }
    const { problems, documents } = parseYaml('bomb.yml', `${lines.join('\n')}\n`);
    expect(problems).toEqual([expect.objectContaining({ code: 'alias-limit', line: 1 })]);
    expect(documents[0].root).toBeNull();
  });

  test('local tags such as !reset are kept on nodes', () => {
    const { documents } = parseYaml('t.yml', 'ports: !reset []\n');
    expect(getNode(documents[0].root, ['ports'])?.tag).toBe('!reset');
  });
});
