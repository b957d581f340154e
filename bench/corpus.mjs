// @ts-check
// Writes the benchmark corpus: Compose files under <dir>/compose/<n>-<project>/docker-compose.yml
// (one per directory, so each is its own stack) and Kubernetes manifests under
// <dir>/k8s/<team>/<env>/<app>/ (single- and multi-document files). Deterministic: a seeded PRNG,
// no clock, no Math.random. <dir>/corpus.json records what was written and a fingerprint of the
// generator, so run.mjs regenerates only when the generator or the sizes change.
//
//   node --import ./bench/register-ts.mjs bench/corpus.mjs [--compose 2000] [--manifests 5000] [--seed 20250101] [--out bench/.corpus]
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateComposeFile } from './corpus-compose.mjs';
import { generateKubernetesApp } from './corpus-kubernetes.mjs';
import { createRandom } from '../__tests__/helpers/fake-secret.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_CORPUS = { composeFiles: 2000, manifests: 5000, seed: 20250101 };
const TEAMS = ['platform', 'ai-tools', 'search', 'data', 'assist', 'integrations'];
const ENVS = ['dev', 'staging', 'prod'];

/** Fingerprint of the generator sources plus the requested sizes. */
export function corpusFingerprint(options) {
  const hash = createHash('sha256');
  for (const f of ['corpus.mjs', 'corpus-compose.mjs', 'corpus-kubernetes.mjs', '../__tests__/helpers/fake-secret.ts'])
    hash.update(fs.readFileSync(path.join(here, f)));
  hash.update(JSON.stringify({ composeFiles: options.composeFiles, manifests: options.manifests, seed: options.seed }));
  return hash.digest('hex').slice(0, 16);
}

/** The corpus.json of `dir` when it matches `options`, else undefined. */
export function readCorpus(dir, options) {
  try {
    const info = JSON.parse(fs.readFileSync(path.join(dir, 'corpus.json'), 'utf8'));
    return info.fingerprint === corpusFingerprint(options) ? info : undefined;
  } catch {
    return undefined; // missing or unreadable: the caller regenerates
  }
}

export function generateCorpus(dir, options = DEFAULT_CORPUS) {
  const { composeFiles, manifests, seed } = { ...DEFAULT_CORPUS, ...options };
  fs.rmSync(dir, { recursive: true, force: true });
  const write = (rel, text) => {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  };

  const composeRnd = createRandom(seed);
  let composeServices = 0;
  let composeBytes = 0;
  for (let i = 0; i < composeFiles; i++) {
    const { text, services } = generateComposeFile(composeRnd, i);
    const project = /^name: (.+)$/m.exec(text)?.[1] ?? `stack-${i}`;
    write(`compose/${String(i).padStart(4, '0')}-${project.replace(/-\d+$/, '')}/docker-compose.yml`, text);
    composeServices += services;
    composeBytes += Buffer.byteLength(text);
  }

  const k8sRnd = createRandom(seed ^ 0x5eed);
  const kinds = {};
  let documents = 0;
  let k8sFiles = 0;
  let multiDocFiles = 0;
  let k8sBytes = 0;
  for (let app = 0; documents < manifests; app++) {
    const team = k8sRnd.pick(TEAMS);
    const env = k8sRnd.pick(ENVS);
    const docs = generateKubernetesApp(k8sRnd, { team, env, index: app }).slice(0, manifests - documents);
    const appName = /^ {2}name: (.+)$/m.exec(docs[0])[1];
    const appDir = `k8s/${team}/${env}/${appName}`;
    const chunks = [];
    if (k8sRnd.chance(0.35)) chunks.push(docs);
    else
      for (let at = 0; at < docs.length;) {
        const size = k8sRnd.int(1, 2);
        chunks.push(docs.slice(at, at + size));
        at += size;
      }
    for (const chunk of chunks) {
      const chunkKinds = chunk.map((d) => /^kind: (\w+)$/m.exec(d)[1]);
      chunkKinds.forEach((k) => (kinds[k] = (kinds[k] ?? 0) + 1));
      const file = chunks.length === 1 ? `${appName}.yaml` : `${chunkKinds.map((k) => k.toLowerCase()).join('-')}.${k8sRnd.chance(0.8) ? 'yaml' : 'yml'}`;
      const text = (k8sRnd.chance(0.3) ? '---\n' : '') + chunk.join('---\n');
      write(`${appDir}/${file}`, text);
      k8sFiles++;
      if (chunk.length > 1) multiDocFiles++;
      k8sBytes += Buffer.byteLength(text);
    }
    documents += docs.length;
  }

  const info = {
    fingerprint: corpusFingerprint({ composeFiles, manifests, seed }),
    seed,
    compose: { files: composeFiles, services: composeServices, bytes: composeBytes },
    kubernetes: { files: k8sFiles, multiDocumentFiles: multiDocFiles, documents, kinds, bytes: k8sBytes },
  };
  write('corpus.json', `${JSON.stringify(info, null, 2)}\n`);
  return info;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      compose: { type: 'string', default: String(DEFAULT_CORPUS.composeFiles) },
      manifests: { type: 'string', default: String(DEFAULT_CORPUS.manifests) },
      seed: { type: 'string', default: String(DEFAULT_CORPUS.seed) },
      out: { type: 'string', default: path.join(here, '.corpus') },
    },
  });
  const info = generateCorpus(path.resolve(values.out), {
    composeFiles: Number(values.compose),
    manifests: Number(values.manifests),
    seed: Number(values.seed),
  });
  console.log(JSON.stringify(info, null, 2));
}
