// @ts-check
// The secret-scanner corpus, under bench/.corpus/secrets (git-ignored):
//   accuracy/<nn>-<project>/…   realistic small repositories in many formats, with planted secrets
//   labels.json                 { file, line, endLine?, kind } of every planted secret (no values),
//                               and the format of every labelled-corpus file
//   throughput/shard-NN/…       ~100 MB of neutral repository content (source in six languages,
//                               YAML, JSON, Markdown, lock files, minified bundles, binary assets;
//                               no secret): secrets-throughput-corpus.mjs. Shards have the same mix,
//                               so one shard (10%) against all shows whether a tool is linear
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
import { writeNeutralShard } from './secrets-throughput-corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_SECRETS_CORPUS = { projects: 160, mb: 100, shards: 10, seed: 20250202 };
const SOURCES = ['secrets-corpus.mjs', 'secrets-formats.mjs', 'secrets-tokens.mjs', 'secrets-throughput-corpus.mjs', '../__tests__/helpers/fake-secret.ts'];
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
// Throughput: neutral repository content (secrets-throughput-corpus.mjs), no planted secret.

function generateThroughput(root, { mb, shards, seed }) {
  const rnd = createRandom(seed ^ 0x7ac3);
  const w = writer(root);
  const shardBytes = Math.round((mb * 1e6) / shards);
  const perShard = [];
  let binaryBytes = 0;
  for (let s = 0; s < shards; s++) {
    const shard = `shard-${String(s).padStart(2, '0')}`;
    const start = w.bytes;
    const startFiles = w.files;
    binaryBytes += writeNeutralShard(rnd, shard, shardBytes, w);
    perShard.push({ shard, files: w.files - startFiles, bytes: w.bytes - start });
  }
  return { files: w.files, bytes: w.bytes, binaryBytes, planted: 0, shards: perShard };
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
