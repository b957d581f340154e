/**
 * The fast path of parseYaml (js-yaml's events, yaml-events.ts) must build exactly the trees the
 * yaml library's documents give (parseYamlDocuments): values, every line and column of keys and
 * values, ends, aliases, merge keys and document lines. It is compared on every YAML file of the
 * repository (the example repository, the bot's manifests, the templates), on a few hundred
 * manifests from the benchmark's generator, on those files with CRLF line breaks, and on the
 * shapes each give-up of the fast path guards. The comparison is meaningful only while the fast
 * path is taken: the tests also require it to be taken on the files it is built for.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as yamlParse } from 'yaml';
import { documentsFromEvents, resolvePlain } from '../../../src/core/source/yaml-events';
import { parseYaml, parseYamlDocuments, toPlain } from '../../../src/core/source/yaml-tree';
import { createRandom, type Random } from '../../helpers/fake-secret';

const ROOT = path.join(__dirname, '../../..');
const MAX_ALIAS_NODES = 50_000;

interface BenchKubernetes {
  generateKubernetesApp(rnd: Random, app: { team: string; env: string; index: number }): string[];
}
const { generateKubernetesApp } = jest.requireActual<BenchKubernetes>('../../../bench/corpus-kubernetes.mjs');

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') yamlFiles(p, out);
    else if (entry.isFile() && /\.(ya?ml|json)$/i.test(entry.name)) out.push(p);
  }
  return out;
}

/** Every file of the repository the comparison runs on, with its text. */
function repositoryInputs(): [string, string][] {
  const files = ['examples', 'deploy', 'workflows-templates'].flatMap((d) => yamlFiles(path.join(ROOT, d)));
  return files.map((f) => [path.relative(ROOT, f), fs.readFileSync(f, 'utf8')]);
}

function generatedManifests(): [string, string][] {
  const rnd = createRandom(20261207);
  const out: [string, string][] = [];
  for (let index = 0; index < 60; index++) {
    const env = ['dev', 'staging', 'prod'][index % 3];
    generateKubernetesApp(rnd, { team: `team-${index % 7}`, env, index }).forEach((text, i) => out.push([`gen/${index}-${i}.yaml`, text]));
  }
  return out;
}

/** Asserts the fast path's documents equal the yaml library's; returns whether it was taken. */
function expectSameTrees(file: string, text: string): boolean {
  const reference = parseYamlDocuments(file, text);
  const fast = documentsFromEvents(file, text, MAX_ALIAS_NODES);
  expect(parseYaml(file, text)).toEqual(reference);
  if (!fast) return false;
  expect(reference.problems).toEqual([]);
  expect(fast).toEqual(reference.documents);
  return true;
}

describe("the fast path builds the yaml library's trees", () => {
  test('on every YAML file of the repository, with LF and with CRLF line breaks', () => {
    const inputs = repositoryInputs();
    expect(inputs.length).toBeGreaterThan(40);
    let taken = 0;
    for (const [file, text] of inputs) {
      if (expectSameTrees(file, text)) taken++;
      expectSameTrees(`${file}.crlf`, text.replace(/\r?\n/g, '\r\n'));
    }
    // Files with a comment after a collection's last value take the yaml library's path; most do not.
    expect(taken / inputs.length).toBeGreaterThan(0.75);
  });

  test("on the benchmark's manifests, every one of them by the fast path", () => {
    const inputs = generatedManifests();
    expect(inputs.length).toBeGreaterThan(60);
    for (const [file, text] of inputs) expect(expectSameTrees(file, text)).toBe(true);
  });

  const handled: [string, string][] = [
    ['nested maps and sequences', 'a:\n  b:\n    - c: 1\n      d: [x, "y", \'z\']\n    - e\n  f: {g: h, i: [1, 2 ]}\n'],
    ['multi-document with comments between', '# head\napiVersion: v1\nkind: A\n# between\n---\n# inside\nkind: B\n---\n- 1\n'],
    ['comments in the first column after nested collections', 'a:\n  b:\n    c: 1\n# x\n\n# y\nd:\n- 1\n# z\ne: |\n  t\n# w\n'],
    ['explicit first document', '---\na: 1\n'],
    ['empty values', 'a:\nb:    \nc: d\ne:\n  - \n  - x\n  -\n'],
    ['block scalars', 'a: |\n  one\n\n  two\n\nb: >-\n  folded\n  text\nc: |2\n    indented\nd: x\n'],
    ['quoted and multi-line scalars', "a: \"x\n  y\"\nb: 'it''s'\nc: plain\n  continued\n\"d\": 1\n'e': 2\n"],
    [
      'core schema values',
      'a: [~, null, Null, NULL, true, False, 0o17, 0x1F, -12, +3, 1.5, .5, 1., 1e3, -.inf, .NaN, yes, no, on, 012, 1_000, 0b1, 2024-01-01]\n',
    ],
    ['numeric and boolean keys', '1: a\ntrue: b\n1.50: c\n~: d\n'],
    ['anchors, aliases and merge keys', 'x: &d\n  r: always\n  u: "1"\ny: &s v\nz:\n  <<: *d\n  u: "2"\n  s: *s\nw:\n  <<: [*d, {k: 1}]\nq:\n  - *d\n  - *s\n'],
    ['trailing comment on the value line', 'a: 1 # c\nb:\n  c: 2   # d\n'],
    ['comments inside collections', 'a:\n  # first\n  b: 1\n  # between\n  c: [1, # one\n    2]\nd: 1\n'],
    ['no line break at the end', 'a:\n  b: [1, 2]'],
    ['a JSON file', '{\n  "a": [1, 2, {"b": null}],\n  "c": "d"\n}\n'],
    ['a document that is a scalar', 'just text\n'],
    ['tabs after values', 'a: 1\t\nb:\t2\n'],
  ];
  test.each(handled)('%s', (_name, text) => {
    expect(expectSameTrees('t.yaml', text)).toBe(true);
  });

  const givenUp: [string, string, RegExp][] = [
    ['a syntax error (the yaml library reports it)', 'a: [1, 2\nb: 1\n', /^js-yaml: /],
    ['a duplicate key', 'a: 1\na: 2\n', /^a duplicate key$/],
    ['a tag', 'a: !reset []\nb: !!str 1\n', /^a tag$/],
    ['a directive', '%YAML 1.2\n---\na: 1\n', /^a directive/],
    ['a complex key', '? [a, b]\n: 1\n', /^a key that is not a scalar$/],
    ['an indented comment after the last value of a collection', 'a:\n  b: 1\n  # c\nd: 2\n', /^a comment after the last value$/],
    ['a comment after an empty last value', 'on:\n  push:\n  pull_request:\n\n# c\njobs: 1\n', /^a comment after the last value$/],
    ['an indented comment after first-column ones', 'a:\n  b: 1\n# c\n    # d\ne: 2\n', /^a comment after the last value$/],
    ['keep chomping', 'a: |+\n  x\n\nb: 1\n', /^keep chomping$/],
    ['a byte order mark', '\ufeffa: 1\n', /^byte order mark$/],
    ['an alias to an anchor not yet closed', 'a: &x [1, *x]\n', /^an alias to an unknown or open anchor$/],
    ['an empty document after ---', 'a: 1\n---\n', /^an empty value outside a block collection$/],
    ['a merge of something not a map', 'a: &s 1\nb:\n  <<: *s\n', /^a merge of something not a map$/],
  ];
  test.each(givenUp)("%s: the yaml library's path, same result, for that reason", (_name, text, reason) => {
    expect(expectSameTrees('t.yaml', text)).toBe(false);
    let why = '';
    documentsFromEvents('t.yaml', text, MAX_ALIAS_NODES, (r) => (why = r));
    expect(why).toMatch(reason);
  });

  test("an alias bomb is refused as before, on the yaml library's path", () => {
    const lines = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const text = `${lines.join('\n')}\n`;
    expect(documentsFromEvents('bomb.yaml', text, MAX_ALIAS_NODES)).toBeUndefined();
    const parsed = parseYaml('bomb.yaml', text);
    expect(parsed.problems.map((p) => p.code)).toEqual(['alias-limit']);
    expect(parsed).toEqual(parseYamlDocuments('bomb.yaml', text));
  });

  test('an alias copy is its own: changing it leaves the anchored node alone', () => {
    const { documents } = parseYaml('t.yaml', 'a: &x {b: 1}\nc: *x\n');
    const root = documents[0].root;
    if (root?.kind !== 'map') throw new Error('a map was expected');
    const copy = root.entries.get('c');
    if (copy?.kind !== 'map') throw new Error('a map was expected');
    copy.entries.delete('b');
    expect(toPlain(root)).toEqual({ a: { b: 1 }, c: {} });
    expect(root.entries.get('a')?.keyLoc).toMatchObject({ line: 1, column: 1 });
    expect(copy.keyLoc).toMatchObject({ line: 2, column: 1 });
  });
});

describe('resolvePlain', () => {
  const plain = [
    '',
    '~',
    'null',
    'NULL',
    'nULL',
    'true',
    'True',
    'TRUE',
    'tRUE',
    'yes',
    'off',
    '0',
    '-0',
    '+12',
    '007',
    '0o17',
    '0o19',
    '0x1F',
    '0X1F',
    '-0x1',
    '1.5',
    '.5',
    '1.',
    '-1.50',
    '1e3',
    '1E-3',
    '.5e+2',
    '1.e3',
    '.inf',
    '-.Inf',
    '+.INF',
    '.nan',
    '.NaN',
    'NaN',
    '12345678901234567890',
    '1_000',
    '0b101',
    '2026-12-07',
    'v1',
    'nginx:1.27',
    '-1-',
    '.',
    '+',
  ];
  test.each(plain)('%j resolves as the yaml library resolves it', (source) => {
    const expected: unknown = yamlParse(`a: ${source}`)?.a ?? null;
    expect(resolvePlain(source)).toEqual(expected);
  });
});
