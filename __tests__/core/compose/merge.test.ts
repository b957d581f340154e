import { mergeTopLevel, parsePortSpec } from '../../../src/core/compose/merge';
import { locate, parseYaml, toPlain, type MapNode } from '../../../src/core/source/yaml-tree';

function tree(file: string, text: string): MapNode {
  const root = parseYaml(file, text).documents[0].root;
  if (root?.kind !== 'map') throw new Error('expected a map');
  return root;
}

function merge(base: string, over: string): { plain: Record<string, unknown>; node: MapNode } {
  const node = mergeTopLevel(tree('base.yml', base), tree('over.yml', over));
  return { plain: toPlain(node) as Record<string, unknown>, node };
}

const svc = (m: { plain: Record<string, unknown> }, name = 'web') => (m.plain.services as Record<string, Record<string, unknown>>)[name];

describe('Compose layering (docker compose -f base -f override)', () => {
  test('scalars are replaced and keep the override position', () => {
    const m = merge('services:\n  web:\n    image: a:1\n    restart: always\n', 'services:\n  web:\n    image: a:2\n');
    expect(svc(m)).toEqual({ image: 'a:2', restart: 'always' });
    expect(locate(m.node, ['services', 'web', 'image'], { file: '?', line: 0, column: 0 })).toMatchObject({ file: 'over.yml', line: 3 });
    expect(locate(m.node, ['services', 'web', 'restart'], { file: '?', line: 0, column: 0 })).toMatchObject({ file: 'base.yml', line: 4 });
    expect(locate(m.node, ['services', 'web'], { file: '?', line: 0, column: 0 })).toMatchObject({ file: 'base.yml', line: 2 });
  });

  test('environment and labels merge as maps whatever their syntax', () => {
    const m = merge(
      'services:\n  web:\n    environment:\n      - A=1\n      - B=2\n    labels:\n      x: "1"\n',
      'services:\n  web:\n    environment:\n      B: "3"\n      C: "4"\n    labels:\n      - y=2\n',
    );
    expect(svc(m).environment).toEqual({ A: '1', B: '3', C: '4' });
    expect(svc(m).labels).toEqual({ x: '1', y: '2' });
    expect(locate(m.node, ['services', 'web', 'environment', 'A'], { file: '?', line: 0, column: 0 })).toMatchObject({ file: 'base.yml', line: 4 });
    expect(locate(m.node, ['services', 'web', 'environment', 'B'], { file: '?', line: 0, column: 0 })).toMatchObject({ file: 'over.yml', line: 4 });
  });

  test('ports and volumes merge as sets keyed by target; command and healthcheck.test are replaced', () => {
    const m = merge(
      'services:\n  web:\n    command: ["a", "b"]\n    ports: ["8080:80", "9090:90"]\n    volumes: ["data:/data", "./conf:/etc/conf:ro"]\n    healthcheck:\n      test: ["CMD", "a"]\n      interval: 10s\n',
      'services:\n  web:\n    command: ["c"]\n    ports: ["8080:80", "7070:70"]\n    volumes: ["other:/data"]\n    healthcheck:\n      test: ["CMD", "b"]\n',
    );
    expect(svc(m).command).toEqual(['c']);
    expect(svc(m).ports).toEqual(['8080:80', '9090:90', '7070:70']);
    expect(svc(m).volumes).toEqual(['other:/data', './conf:/etc/conf:ro']);
    expect(svc(m).healthcheck).toEqual({ test: ['CMD', 'b'], interval: '10s' });
  });

  test('cap_add and dns sequences are appended without duplicates', () => {
    const m = merge('services:\n  web:\n    cap_drop: [ALL]\n    dns: [1.1.1.1]\n', 'services:\n  web:\n    cap_drop: [ALL, NET_RAW]\n    dns: [8.8.8.8]\n');
    expect(svc(m).cap_drop).toEqual(['ALL', 'NET_RAW']);
    expect(svc(m).dns).toEqual(['1.1.1.1', '8.8.8.8']);
  });

  test('depends_on merges list and map syntax', () => {
    const m = merge('services:\n  web:\n    depends_on: [db]\n', 'services:\n  web:\n    depends_on:\n      cache:\n        condition: service_healthy\n');
    expect(svc(m).depends_on).toEqual({ db: {}, cache: { condition: 'service_healthy' } });
  });

  test('!reset removes a value and !override replaces it wholesale', () => {
    const m = merge(
      'services:\n  web:\n    ports: ["80:80"]\n    environment: { A: "1", B: "2" }\n',
      'services:\n  web:\n    ports: !reset []\n    environment: !override { C: "3" }\n',
    );
    expect(svc(m)).toEqual({ environment: { C: '3' } });
  });

  test('new services and top-level sections are added', () => {
    const m = merge('services:\n  web:\n    image: a\nvolumes:\n  data: {}\n', 'services:\n  db:\n    image: postgres:16\nvolumes:\n  logs: {}\n');
    expect(Object.keys(m.plain.services as object)).toEqual(['web', 'db']);
    expect(m.plain.volumes).toEqual({ data: {}, logs: {} });
  });
});

describe('parsePortSpec', () => {
  test.each([
    ['80', { hostIp: '', published: '', target: '80', protocol: 'tcp' }],
    ['8501:8501', { hostIp: '', published: '8501', target: '8501', protocol: 'tcp' }],
    ['127.0.0.1:8501:8501/udp', { hostIp: '127.0.0.1', published: '8501', target: '8501', protocol: 'udp' }],
    ['[::1]:80:80', { hostIp: '::1', published: '80', target: '80', protocol: 'tcp' }],
    ['9000-9002:9000-9002', { hostIp: '', published: '9000-9002', target: '9000-9002', protocol: 'tcp' }],
  ])('%s', (spec, expected) => expect(parsePortSpec(spec)).toEqual(expected));
  test('garbage', () => expect(parsePortSpec('not a port')).toBeUndefined());
});
