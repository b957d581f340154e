// @ts-check
// The secret-scanner corpus, under bench/.corpus/secrets (git-ignored):
//   accuracy/<nn>-<project>/…   realistic small repositories in many formats, with planted secrets
//   labels.json                 { file, line, endLine?, kind } of every planted secret (no values),
//                               and the format of every labelled-corpus file
//   throughput/shard-NN/…       ~100 MB of mixed text (source, configs, lock files, minified
//                               bundles, docs) plus binary files and a few secrets; shards have the
//                               same mix, so one shard is a representative subset
//   corpus.json                 sizes, counts and the generator fingerprint
// Deterministic: seeded PRNG (createRandom in __tests__/helpers/fake-secret.ts), no clock, no Math.random. Regenerated only when
// the generator sources or the options change.
//
//   node --import ./bench/register-ts.mjs bench/secrets-corpus.mjs [--projects 160] [--mb 100] [--shards 10] [--seed 20250202]
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createRandom } from '../__tests__/helpers/fake-secret.ts';
import { fileBuilder, FORMATS } from './secrets-formats.mjs';
import { bytes, NEGATIVE_VALUES as NEG, str } from './secrets-tokens.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_SECRETS_CORPUS = { projects: 160, mb: 100, shards: 10, seed: 20250202 };
const SOURCES = ['secrets-corpus.mjs', 'secrets-formats.mjs', 'secrets-tokens.mjs', '../__tests__/helpers/fake-secret.ts'];
const PROJECTS = [
  'github-mcp',
  'slack-bridge',
  'postgres-mcp',
  'filesystem-mcp',
  'search-gateway',
  'notion-sync',
  'jira-mcp',
  'browser-tools',
  'vector-store',
  'billing-agent',
  'calendar-mcp',
  'docs-indexer',
  'k8s-operator-mcp',
  'metrics-mcp',
  'ticket-triage',
  'code-review-bot',
];

export function secretsCorpusFingerprint(options) {
  const hash = createHash('sha256');
  for (const f of SOURCES) hash.update(fs.readFileSync(path.join(here, f)));
  hash.update(JSON.stringify({ projects: options.projects, mb: options.mb, shards: options.shards, seed: options.seed }));
  return hash.digest('hex').slice(0, 16);
}

/** The corpus.json of `dir` when it matches `options` and its files are there, else undefined. */
export function readSecretsCorpus(dir, options) {
  try {
    const info = JSON.parse(fs.readFileSync(path.join(dir, 'corpus.json'), 'utf8'));
    if (info.fingerprint !== secretsCorpusFingerprint(options)) return undefined;
    if (!fs.existsSync(path.join(dir, 'labels.json')) || !fs.existsSync(path.join(dir, 'throughput'))) return undefined;
    return info;
  } catch {
    return undefined; // missing or unreadable: the caller regenerates
  }
}

export function generateSecretsCorpus(dir, options = DEFAULT_SECRETS_CORPUS) {
  const opts = { ...DEFAULT_SECRETS_CORPUS, ...options };
  fs.rmSync(dir, { recursive: true, force: true });
  const accuracy = generateAccuracy(path.join(dir, 'accuracy'), opts);
  fs.writeFileSync(path.join(dir, 'labels.json'), `${JSON.stringify({ root: 'accuracy', files: accuracy.fileFormats, labels: accuracy.labels }, null, 1)}\n`);
  const throughput = generateThroughput(path.join(dir, 'throughput'), opts);
  const info = {
    fingerprint: secretsCorpusFingerprint(opts),
    seed: opts.seed,
    accuracy: {
      projects: opts.projects,
      files: accuracy.files,
      bytes: accuracy.bytes,
      labels: accuracy.labels.length,
      kinds: countBy(accuracy.labels, (l) => l.kind),
      formats: accuracy.formats,
    },
    throughput,
  };
  fs.writeFileSync(path.join(dir, 'corpus.json'), `${JSON.stringify(info, null, 2)}\n`);
  return info;
}

function countBy(items, key) {
  const out = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1]));
}

function writer(root) {
  let bytesWritten = 0;
  let files = 0;
  return {
    write(rel, data) {
      const abs = path.join(root, rel);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, data);
      bytesWritten += Buffer.byteLength(data);
      files++;
    },
    get bytes() {
      return bytesWritten;
    },
    get files() {
      return files;
    },
  };
}

/** One small repository per project; every format is present with its own probability. */
function generateProject(rnd, index, { plantScale = 1 } = {}) {
  const base = PROJECTS[index % PROJECTS.length];
  const name = index < PROJECTS.length ? base : `${base}-${Math.floor(index / PROJECTS.length) + 1}`;
  const ctx = { name, db: name.replace(/-/g, '_').slice(0, 12), plant: (p) => rnd.chance(p * plantScale) };
  const files = [];
  const used = new Set();
  for (const format of FORMATS) {
    if (!rnd.chance(format.plants ? format.p * plantScale : format.p)) continue;
    const file = format.file(rnd);
    if (used.has(file)) continue;
    used.add(file);
    const b = fileBuilder();
    format.gen(rnd, ctx, b);
    files.push({ file, format: format.name ?? format.gen.name, text: b.text(), labels: b.labels });
  }
  return { name, files };
}

function generateAccuracy(root, { projects, seed }) {
  const rnd = createRandom(seed);
  const w = writer(root);
  const labels = [];
  const formats = {};
  const fileFormats = {};
  for (let i = 0; i < projects; i++) {
    const project = generateProject(rnd, i);
    const dir = `${String(i).padStart(3, '0')}-${project.name}`;
    for (const f of project.files) {
      const rel = `${dir}/${f.file}`;
      w.write(rel, f.text);
      formats[f.format] = (formats[f.format] ?? 0) + 1;
      fileFormats[rel] = f.format;
      for (const l of f.labels) labels.push({ file: rel, ...l });
    }
  }
  return { labels, files: w.files, bytes: w.bytes, formats, fileFormats };
}

// ------------------------------------------------------------------------------------------------
// Throughput: bulk text in the proportions of a real monorepo.

// Identifiers as in real code: mostly neutral, some containing a scanner keyword (key, token, auth, pass, secret).
const WORDS = [
  'user',
  'session',
  'token',
  'tool',
  'request',
  'response',
  'server',
  'client',
  'cache',
  'key',
  'record',
  'index',
  'query',
  'result',
  'stream',
  'message',
  'event',
  'config',
  'auth',
  'password',
  'secret',
  'schema',
  'resource',
  'prompt',
  'model',
  'batch',
  'credential',
  'handler',
  'payload',
  'tenant',
  'account',
  'keyboard',
  'passport',
  'tokenizer',
  'route',
  'limit',
  'item',
  'order',
  'page',
  'file',
  'node',
  'job',
  'task',
  'entry',
  'group',
  'project',
  'member',
  'role',
  'policy',
  'metric',
  'span',
  'trace',
  'chunk',
  'document',
  'embedding',
  'vector',
  'namespace',
  'label',
  'channel',
  'thread',
  'invoice',
  'product',
  'report',
  'dataset',
  'workspace',
];
const VERBS = [
  'get',
  'load',
  'create',
  'update',
  'delete',
  'parse',
  'validate',
  'render',
  'resolve',
  'fetch',
  'refresh',
  'verify',
  'encode',
  'decode',
  'list',
  'sync',
];
const cap = (s) => s[0].toUpperCase() + s.slice(1);

function jsFunction(rnd) {
  const verb = rnd.pick(VERBS);
  const noun = rnd.pick(WORDS);
  const other = rnd.pick(WORDS);
  const lines = [
    `/** ${cap(verb)}s the ${noun} for a ${other}; throws when the ${other} is unknown. */`,
    `export async function ${verb}${cap(noun)}(${other}Id, options = {}) {`,
    `  const ${noun}Key = \`${noun}:\${${other}Id}:\${options.version ?? 'v${rnd.int(1, 4)}'}\`;`,
    `  const cached = cache.get(${noun}Key);`,
    '  if (cached && !options.force) return cached;',
    rnd.pick([
      `  const res = await fetch(\`\${baseUrl}/api/${other}s/\${encodeURIComponent(${other}Id)}/${noun}\`, { headers: { Authorization: \`Bearer \${await getAccessToken()}\` } });`,
      `  const res = await client.request({ method: 'POST', path: '/${noun}s', body: JSON.stringify({ ${other}Id, limit: ${rnd.int(10, 500)} }) });`,
      `  const res = await db.query('SELECT * FROM ${noun}s WHERE ${other}_id = $1 LIMIT ${rnd.int(1, 100)}', [${other}Id]);`,
    ]),
    `  if (!res.ok) throw new Error(\`${verb} ${noun} failed: \${res.status}\`);`,
    `  const ${noun} = ${rnd.pick(['await res.json()', 'res.rows[0]', `parse${cap(noun)}(await res.text())`])};`,
    `  cache.set(${noun}Key, ${noun}, { ttl: ${rnd.pick([60, 300, 3600])}_000 });`,
    `  logger.debug({ ${other}Id, ${noun}Key }, '${noun} ${verb}d');`,
    `  return ${noun};`,
    '}',
    '',
  ];
  return lines.join('\n');
}

function pyFunction(rnd) {
  const verb = rnd.pick(VERBS);
  const noun = rnd.pick(WORDS);
  const other = rnd.pick(WORDS);
  return [
    `def ${verb}_${noun}(${other}_id: str, *, timeout: float = ${rnd.int(1, 30)}.0) -> dict:`,
    `    """${cap(verb)} the ${noun} of a ${other}."""`,
    `    key = f"${noun}:{${other}_id}"`,
    '    if key in _cache:',
    '        return _cache[key]',
    `    resp = session.get(f"{BASE_URL}/${other}s/{${other}_id}/${noun}", headers={"Authorization": f"Bearer {get_token()}"}, timeout=timeout)`,
    '    resp.raise_for_status()',
    `    _cache[key] = ${noun} = resp.json()`,
    `    log.debug("${noun} ${verb}", extra={"${other}_id": ${other}_id})`,
    `    return ${noun}`,
    '',
    '',
  ].join('\n');
}

function goFunction(rnd) {
  const verb = cap(rnd.pick(VERBS));
  const noun = cap(rnd.pick(WORDS));
  return [
    `// ${verb}${noun} ${verb.toLowerCase()}s a ${noun.toLowerCase()} through the API.`,
    `func (c *Client) ${verb}${noun}(ctx context.Context, id string) (*${noun}, error) {`,
    `\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/${noun.toLowerCase()}s/"+url.PathEscape(id), nil)`,
    '\tif err != nil {',
    `\t\treturn nil, fmt.Errorf("${verb.toLowerCase()} ${noun.toLowerCase()}: %w", err)`,
    '\t}',
    '\treq.Header.Set("Authorization", "Bearer "+c.token())',
    '\tresp, err := c.http.Do(req)',
    '\tif err != nil {',
    '\t\treturn nil, err',
    '\t}',
    '\tdefer resp.Body.Close()',
    `\tvar out ${noun}`,
    '\treturn &out, json.NewDecoder(resp.Body).Decode(&out)',
    '}',
    '',
  ].join('\n');
}

function sourceFile(rnd, lang, targetBytes) {
  const header = {
    js: "import { logger } from './logger.js';\nimport { cache } from './cache.js';\nconst baseUrl = process.env.API_BASE_URL ?? 'http://localhost:8080';\n\n",
    py: 'import logging\nimport os\n\nimport requests\n\nBASE_URL = os.environ.get("API_BASE_URL", "http://localhost:8080")\nsession = requests.Session()\n_cache: dict = {}\nlog = logging.getLogger(__name__)\n\n\n',
    go: 'package api\n\nimport (\n\t"context"\n\t"encoding/json"\n\t"fmt"\n\t"net/http"\n\t"net/url"\n)\n\n',
  }[lang];
  const fn = { js: jsFunction, py: pyFunction, go: goFunction }[lang];
  const parts = [header];
  let size = header.length;
  while (size < targetBytes) {
    const f = fn(rnd);
    parts.push(f);
    size += f.length;
  }
  return parts.join('');
}

function minifiedBundle(rnd, targetBytes) {
  const lines = ['/*! app bundle | MIT licensed dependencies, see bundle.LICENSE.txt */'];
  let size = 0;
  let line = '';
  while (size < targetBytes) {
    let f = jsFunction(rnd)
      .replace(/\/\*\*.*\*\/\n/, '')
      .replace(/\n\s*/g, '')
      .replace(/export async function /, 'async function ');
    f = f.replace(/\b(options|cached|res)\b/g, (m) => m[0]);
    line += f + `var ${str(rnd, 'abcdefghijklmnopqrstuvwxyz', 2)}=${rnd.int(0, 99999)},${str(rnd, 'abcdefghijklmnopqrstuvwxyz', 2)}="${NEG.nanoid(rnd)}";`;
    if (line.length > 120_000) {
      lines.push(line);
      size += line.length;
      line = '';
    }
  }
  if (line) lines.push(line);
  lines.push('//# sourceMappingURL=app.min.js.map');
  return lines.join('\n');
}

function bigLockFile(rnd, entries) {
  const out = ['{', '  "name": "monorepo",', '  "lockfileVersion": 3,', '  "requires": true,', '  "packages": {'];
  for (let i = 0; i < entries; i++) {
    const name = `${rnd.pick(['@acme/', '@types/', '', '', ''])}${rnd.pick(WORDS)}-${rnd.pick(WORDS)}${rnd.chance(0.3) ? `-${rnd.int(2, 9)}` : ''}`;
    const v = `${rnd.int(0, 12)}.${rnd.int(0, 30)}.${rnd.int(0, 20)}`;
    out.push(
      `    "node_modules/${name}": {`,
      `      "version": "${v}",`,
      `      "resolved": "https://registry.npmjs.org/${name}/-/${name.replace(/^@[^/]+\//, '')}-${v}.tgz",`,
      `      "integrity": "${NEG.integrity(rnd)}",`,
      `      "license": "${rnd.pick(['MIT', 'ISC', 'Apache-2.0', 'BSD-3-Clause'])}"${rnd.chance(0.2) ? ',' : ''}`,
    );
    if (out[out.length - 1].endsWith(',')) out.push('      "dependencies": {', `        "${rnd.pick(WORDS)}": "^${rnd.int(1, 9)}.0.0"`, '      }');
    out.push(`    }${i === entries - 1 ? '' : ','}`);
  }
  out.push('  }', '}');
  return `${out.join('\n')}\n`;
}

function docsFile(rnd, targetBytes) {
  const parts = [`# ${cap(rnd.pick(WORDS))} guide\n\n`];
  let size = 0;
  while (size < targetBytes) {
    const noun = rnd.pick(WORDS);
    const p = `## ${cap(rnd.pick(VERBS))} a ${noun}\n\nThe ${noun} API accepts a \`${rnd.pick(WORDS)}Id\` and returns the ${rnd.pick(WORDS)} with its ${rnd.pick(WORDS)}. Authenticate with a bearer token from \`POST /oauth/token\`; tokens expire after ${rnd.pick([15, 60])} minutes. Never commit an API key: load it from \`\${${noun.toUpperCase()}_API_KEY}\` or the secret store.\n\n\`\`\`bash\ncurl -H "Authorization: Bearer $TOKEN" https://api.example.com/v1/${noun}s/${NEG.uuid(rnd)}\n\`\`\`\n\n| Field | Type | Notes |\n| --- | --- | --- |\n| id | uuid | \`${NEG.uuid(rnd)}\` |\n| etag | string | \`${rnd.hex(32)}\` |\n\n`;
    parts.push(p);
    size += p.length;
  }
  return parts.join('');
}

function binaryFile(rnd, size) {
  const buf = bytes(rnd, size);
  buf.write('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 0, 'binary');
  return buf;
}

function generateThroughput(root, { mb, shards, seed }) {
  const rnd = createRandom(seed ^ 0x7ac3);
  const w = writer(root);
  const shardBytes = Math.round((mb * 1e6) / shards);
  const perShard = [];
  let planted = 0;
  let binaryBytes = 0;
  let projectIndex = 0;
  for (let s = 0; s < shards; s++) {
    const shard = `shard-${String(s).padStart(2, '0')}`;
    const start = w.bytes;
    const startFiles = w.files;
    const budget = () => w.bytes - start;
    // Mix by bytes: ~8% small repositories (configs, manifests, scripts; a few secrets), ~40%
    // source, ~15% lock files, ~15% minified bundles, ~12% docs, ~7% binary.
    const addProjects = (limit) => {
      while (budget() < limit) {
        const project = generateProjectForThroughput(rnd, projectIndex++);
        for (const f of project.files) w.write(`${shard}/services/${project.name}/${f.file}`, f.text);
        planted += project.planted;
      }
    };
    addProjects(shardBytes * 0.08);
    let mod = 0;
    while (budget() < shardBytes * 0.48) {
      const lang = rnd.weighted([
        [5, 'js'],
        [3, 'py'],
        [2, 'go'],
      ]);
      const ext = { js: rnd.pick(['js', 'ts', 'mjs']), py: 'py', go: 'go' }[lang];
      w.write(`${shard}/src/${rnd.pick(WORDS)}/${rnd.pick(WORDS)}-${mod++}.${ext}`, sourceFile(rnd, lang, rnd.int(4_000, 60_000)));
    }
    let lock = 0;
    while (budget() < shardBytes * 0.63) w.write(`${shard}/packages/pkg-${lock++}/package-lock.json`, bigLockFile(rnd, rnd.int(800, 3000)));
    let bundle = 0;
    while (budget() < shardBytes * 0.78) w.write(`${shard}/web/dist/chunk-${bundle++}.min.js`, minifiedBundle(rnd, rnd.int(200_000, 900_000)));
    let doc = 0;
    while (budget() < shardBytes * 0.9) w.write(`${shard}/docs/${rnd.pick(WORDS)}-${doc++}.md`, docsFile(rnd, rnd.int(3_000, 30_000)));
    let bin = 0;
    while (budget() < shardBytes * 0.97) {
      const size = rnd.int(20_000, 400_000);
      w.write(`${shard}/assets/${rnd.pick(['img', 'fonts', 'vendor'])}/asset-${bin++}.${rnd.pick(['png', 'woff2', 'gz', 'wasm'])}`, binaryFile(rnd, size));
      binaryBytes += size;
    }
    addProjects(shardBytes);
    perShard.push({ shard, files: w.files - startFiles, bytes: w.bytes - start });
  }
  return { files: w.files, bytes: w.bytes, binaryBytes, planted, shards: perShard };
}

/** A small repository for the throughput corpus: same formats, about a tenth of the secrets. */
function generateProjectForThroughput(rnd, index) {
  const project = generateProject(rnd, index, { plantScale: 0.1 });
  return { name: `${project.name}-${index}`, files: project.files, planted: project.files.reduce((n, f) => n + f.labels.length, 0) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      projects: { type: 'string', default: String(DEFAULT_SECRETS_CORPUS.projects) },
      mb: { type: 'string', default: String(DEFAULT_SECRETS_CORPUS.mb) },
      shards: { type: 'string', default: String(DEFAULT_SECRETS_CORPUS.shards) },
      seed: { type: 'string', default: String(DEFAULT_SECRETS_CORPUS.seed) },
      out: { type: 'string', default: path.join(here, '.corpus/secrets') },
    },
  });
  const started = process.hrtime.bigint();
  const info = generateSecretsCorpus(path.resolve(values.out), {
    projects: Number(values.projects),
    mb: Number(values.mb),
    shards: Number(values.shards),
    seed: Number(values.seed),
  });
  console.error(`generated in ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`);
  console.log(JSON.stringify(info, null, 2));
}
