/**
 * Imports point inward (STYLE.md §1): core never talks to the world, never reads the
 * environment and never exits; adapters never import entry points; core and adapters never import
 * the use cases (app), app imports no entry point, and the entry layers never import each other.
 * No import cycle between src/ modules, and README's Architecture section names every layer there is.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.join(__dirname, '../src');
const ROOT = path.join(__dirname, '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
}

/**
 * Every module a file imports, as absolute paths: static imports and exports-from (`import type`
 * too), side-effect imports, `import('...')` calls and `import('...')` types. Packages are left out.
 */
function localImports(file: string): string[] {
  const found = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, false).importedFiles.map((i) => i.fileName);
  return [...new Set(found.flatMap((spec) => resolveLocal(file, spec) ?? []))];
}

/** `./x` -> .../x.ts or .../x/index.ts (undefined for packages and files that are not TypeScript). */
function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  const candidates = [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), path.join(base, 'index.ts')];
  const file = candidates.find((c) => c.endsWith('.ts') && fs.existsSync(c) && fs.statSync(c).isFile());
  return file;
}

const relativeToSrc = (file: string): string => path.relative(SRC, file).split(path.sep).join('/');

const layerOf = (rel: string): string => rel.split('/')[0];

/** Which layers each layer must not import. */
const NEVER_IMPORTS: Record<string, string[]> = {
  core: ['adapters', 'app', 'actions', 'cli', 'bot', 'bundle'],
  adapters: ['app', 'actions', 'cli', 'bot', 'bundle'],
  app: ['actions', 'cli', 'bot', 'bundle'],
  // The entry layers never import each other.
  actions: ['cli', 'bot', 'bundle'],
  // `stackgate bot` starts the bot: the one entry layer another may import.
  cli: ['actions', 'bundle'],
  bot: ['actions', 'cli', 'bundle'],
};

/** The src/-relative import graph. */
function importGraph(): Map<string, string[]> {
  return new Map(sources(SRC).map((f) => [relativeToSrc(f), localImports(f).map(relativeToSrc)]));
}

/** One cycle per strongly connected component of the graph (Tarjan), as `a.ts -> b.ts -> a.ts`. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = new Set<string>();
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.add(w);
    } while (w !== v);
    if (component.size > 1 || graph.get(v)?.includes(v)) cycles.push(chainThrough(graph, component, v));
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles;
}

/** The shortest import chain from `start` back to itself inside one component (breadth first). */
function chainThrough(graph: ReadonlyMap<string, readonly string[]>, component: ReadonlySet<string>, start: string): string {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (w === start) {
        const chain: string[] = [];
        for (let at: string | undefined = v; at !== undefined; at = cameFrom.get(at)) chain.unshift(at);
        return [...chain, start].join(' -> ');
      }
      if (component.has(w) && !cameFrom.has(w) && w !== start) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return start;
}

const FORBIDDEN_IN_CORE: [RegExp, string][] = [
  [/process\.env\b/, 'reads process.env'],
  [/process\.exit\b/, 'exits the process'],
  [/\bfetch\(/, 'calls fetch'],
];

describe('architecture', () => {
  test.each(sources(path.join(SRC, 'core')).map((f) => [path.relative(SRC, f), f]))('%s stays pure', (_rel, file) => {
    for (const spec of imports(file)) {
      expect(spec).not.toMatch(/^@actions\/|^@octokit\/|^@modelcontextprotocol\/|child_process|\/adapters\/|\/cli\/|\/actions\/|\/bot\//);
    }
    const code = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const [pattern, what] of FORBIDDEN_IN_CORE) {
      if (pattern.test(code)) throw new Error(`${path.relative(SRC, file)} ${what}`);
    }
  });

  test.each(sources(path.join(SRC, 'adapters')).map((f) => [path.relative(SRC, f), f]))('%s imports no entry point', (_rel, file) => {
    for (const spec of imports(file)) expect(spec).not.toMatch(/\/cli\/|\/actions\/|\/bot\//);
  });

  const graph = importGraph();

  test.each([...graph].filter(([rel]) => NEVER_IMPORTS[layerOf(rel)]).map(([rel, deps]) => [rel, deps]))('%s imports only inward', (rel, deps) => {
    const forbidden = NEVER_IMPORTS[layerOf(rel)];
    expect(deps.filter((dep) => forbidden.includes(layerOf(dep)))).toEqual([]);
  });

  test('no import cycle between src/ modules', () => {
    expect(findCycles(graph)).toEqual([]);
  });
});

describe('the import graph the rules read', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackgate-imports-'));
    const files: Record<string, string> = {
      'a.ts': [
        "import type { B } from './b';",
        "import {\n  c,\n} from './c';",
        "export * from './d';",
        "export { e } from './e';",
        "import './f';",
        "const g = async () => (await import('./g')).run();",
        "type H = import('./h').H;",
        "import x from 'some-package';",
        "// import y from './commented';",
        "const url = 'https://example.com/./b';",
      ].join('\n'),
      'b/index.ts': '',
      ...Object.fromEntries(['c', 'd', 'e', 'f', 'g', 'h'].map((n) => [`${n}.ts`, ''])),
    };
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('every import, export-from, import type and import() of a relative module, resolved to its file', () => {
    const found = localImports(path.join(dir, 'a.ts')).map((f) => path.relative(dir, f).split(path.sep).join('/'));
    expect(found.sort()).toEqual(['b/index.ts', 'c.ts', 'd.ts', 'e.ts', 'f.ts', 'g.ts', 'h.ts']);
  });

  test('a cycle is reported once, as the chain of imports that closes it', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'e.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['d.ts']],
      ['e.ts', []],
      ['f.ts', ['a.ts']],
    ]);
    expect(findCycles(graph)).toEqual(['a.ts -> b.ts -> c.ts -> a.ts', 'd.ts -> d.ts']);
    expect(
      findCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });
});

describe("README's Architecture section", () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = /^## Architecture\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  const layout = /^## Repository layout\n([\s\S]*?)(?=^## |$(?![\s\S]))/m.exec(readme)?.[1] ?? '';
  const topLevel = fs
    .readdirSync(SRC, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const srcFolders = (text: string): string[] => [...new Set([...text.matchAll(/`src\/([a-z-]+)\//g)].map((m) => m[1]))].sort();

  test('is there', () => {
    expect(section).toMatch(/src\/core\//);
  });

  test('names every top-level folder of src/, and only folders that exist', () => {
    expect(srcFolders(section)).toEqual(topLevel);
  });

  test('the repository layout table names the same folders of src/', () => {
    expect(srcFolders(layout)).toEqual(topLevel);
  });

  test('every path it names exists (up to the first <placeholder>)', () => {
    const paths = [...section.matchAll(/`((?:src|actions|__tests__)\/[^`\s]*)`/g)].map((m) => m[1].split('<')[0]);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !fs.existsSync(path.join(ROOT, p)))).toEqual([]);
  });
});
