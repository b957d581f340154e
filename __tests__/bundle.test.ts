/**
 * The committed dist/: one ncc bundle (dist/bundle/) in chunks, and a stub per entry point. Each
 * run loads only the chunks its entry needs (the heavy parts are found by their contents: the
 * check catalogue, the Kubernetes models, the MCP client), and the whole stays under its budget.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { ENTRIES } from '../src/bundle';

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const BUNDLE = path.join(DIST, 'bundle');
const RECORDER = path.join(__dirname, 'helpers/loaded-chunks.cjs');
const MAX_DIST_BYTES = 10 * 2 ** 20;

function distBytes(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => {
    const p = path.join(dir, e.name);
    return n + (e.isDirectory() ? distBytes(p) : fs.statSync(p).size);
  }, 0);
}

/** The chunk whose text contains `marker` (exactly one must). */
function chunkWith(marker: string): string {
  const hits = fs.readdirSync(BUNDLE).filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(BUNDLE, f), 'utf8').includes(marker));
  expect(hits).toHaveLength(1);
  return hits[0];
}

/** The loaded chunks whose text contains `marker`. */
const holding = (loaded: readonly string[], marker: string): string[] => loaded.filter((f) => fs.readFileSync(path.join(BUNDLE, f), 'utf8').includes(marker));

/** Runs node on `args` with the recorder; returns the chunks the process loaded. */
function loadedChunks(args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT): { loaded: string[]; status: number | null; stdout: string } {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sg-chunks-')), 'loaded.txt');
  const r = spawnSync(process.execPath, ['-r', RECORDER, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env, STACKGATE_LOADED_CHUNKS: out },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const loaded = fs.readFileSync(out, 'utf8').split('\n').filter(Boolean);
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return { loaded, status: r.status, stdout: r.stdout };
}

const bin = path.join(ROOT, 'bin/stackgate.js');
let catalogue: string;
let kubernetesModels: string;
let mcpClient: string;
beforeAll(() => {
  catalogue = chunkWith("'compose/image-digest'");
  kubernetesModels = chunkWith('IoK8sApiAppsV1Deployment');
  mcpClient = chunkWith('class StreamableHTTPClientTransport');
});

test(`dist/ stays under ${MAX_DIST_BYTES / 2 ** 20} MiB`, () => {
  expect(distBytes(DIST)).toBeLessThan(MAX_DIST_BYTES);
});

test('every entry of the bundle has its stub, every stub an entry, and every action starts a stub', () => {
  const stubs = fs.readdirSync(DIST).filter((d) => d !== 'bundle');
  expect(stubs.sort()).toEqual(Object.keys(ENTRIES).sort());
  for (const name of stubs) {
    expect(fs.readFileSync(path.join(DIST, name, 'index.js'), 'utf8')).toContain(`require('../bundle/index.js').start('${name}');`);
  }
  for (const action of fs.readdirSync(path.join(ROOT, 'actions'))) {
    const meta = parse(fs.readFileSync(path.join(ROOT, 'actions', action, 'action.yml'), 'utf8')) as { runs: { using: string; main?: string } };
    if (meta.runs.using === 'composite') continue;
    expect(path.relative(DIST, path.resolve(ROOT, 'actions', action, meta.runs.main ?? ''))).toBe(`${action}/index.js`);
    expect(stubs).toContain(action);
  }
});

test('`stackgate --version` loads neither the catalogue, the Kubernetes models nor the MCP client', () => {
  const r = loadedChunks([bin, '--version']);
  expect(r.status).toBe(0);
  expect(r.loaded).toContain('index.js');
  expect(r.loaded).not.toContain(catalogue);
  expect(r.loaded).not.toContain(kubernetesModels);
  expect(r.loaded).not.toContain(mcpClient);
});

test('`stackgate smoke` loads the MCP client and not the check catalogue', () => {
  const r = loadedChunks([bin, 'smoke', '--help']);
  expect(r.status).toBe(0);
  expect(r.loaded).toContain(mcpClient);
  expect(r.loaded).not.toContain(catalogue);
  expect(r.loaded).not.toContain(kubernetesModels);
});

test('validate loads the Kubernetes models only for a repository with manifests, and never the MCP client', () => {
  const composeOnly = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-compose-only-'));
  fs.writeFileSync(path.join(composeOnly, 'docker-compose.yml'), 'services:\n  web:\n    image: nginx:1.27\n');
  try {
    const compose = loadedChunks([bin, 'validate', composeOnly, '-f', 'json']);
    expect([0, 1]).toContain(compose.status);
    expect(JSON.parse(compose.stdout).findings).toEqual(expect.any(Array));
    expect(compose.loaded).toContain(catalogue);
    expect(compose.loaded).not.toContain(kubernetesModels);
    expect(compose.loaded).not.toContain(mcpClient);

    const example = loadedChunks([bin, 'validate', 'examples/mcp-stacks', '-f', 'json']);
    expect([0, 1]).toContain(example.status);
    expect(example.loaded).toContain(kubernetesModels);
    // A repository this small is validated on one thread: the thread pool and the packing of parses stay unloaded.
    const threadCode = ['function runClaims', 'function packParsedYaml'];
    for (const marker of threadCode) expect(holding(example.loaded, marker)).toEqual([]);
    // ... which --workers 2 loads (the markers are the right ones).
    const threaded = loadedChunks([bin, 'validate', 'examples/mcp-stacks', '-f', 'json', '--workers', '2']);
    expect(threaded.stdout).toBe(example.stdout);
    for (const marker of threadCode) expect(holding(threaded.loaded, marker)).not.toEqual([]);
  } finally {
    fs.rmSync(composeOnly, { recursive: true, force: true });
  }
});

test('the comment action loads neither the catalogue, the Kubernetes models nor the MCP client', () => {
  const r = loadedChunks([path.join(DIST, 'comment/index.js')], { GITHUB_ACTIONS: 'true' });
  // Without inputs it stops at once (exit 1); what it loaded on the way is what counts.
  expect(r.status).toBe(1);
  expect(r.loaded.length).toBeGreaterThan(1);
  expect(r.loaded).not.toContain(catalogue);
  expect(r.loaded).not.toContain(kubernetesModels);
  expect(r.loaded).not.toContain(mcpClient);
});
