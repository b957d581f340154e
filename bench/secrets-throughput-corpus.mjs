// @ts-check
// The throughput corpus of the secret-scanner benchmark: about 100 MB of neutral repository content,
// as a monorepo holds it, and nothing of the labelled corpus. By bytes: source in six languages
// (JavaScript/TypeScript, Python, Go, Java, Rust, shell), YAML (Kubernetes manifests, CI workflows,
// Compose files, Helm values), JSON (package manifests, API fixtures, schemas), Markdown, lock files
// (npm, Yarn, Go, Cargo, Poetry), minified bundles and binary assets. It holds what real code holds
// around secrets — words such as token, key, auth, password and secret in identifiers, `://` in
// URLs, digests, UUIDs, integrity hashes, environment references — and no credential at all, so
// the time measured is the time to scan ordinary content. Shards have the same mix: one shard (10%)
// against all of them shows whether a tool's time is linear in its input.
import { bytes, NEGATIVE_VALUES as NEG, str } from './secrets-tokens.mjs';

/** @typedef {import('../__tests__/helpers/fake-secret.ts').Random} Random */

// Identifiers as in real code: mostly neutral, some containing a scanner keyword (key, token, auth, pass, secret).
const WORDS = (
  'user session token tool request response server client cache key record index query result stream message event config auth ' +
  'password secret schema resource prompt model batch credential handler payload tenant account keyboard passport tokenizer route ' +
  'limit item order page file node job task entry group project member role policy metric span trace chunk document embedding ' +
  'vector namespace label channel thread invoice product report dataset workspace'
).split(' ');
const VERBS = 'get load create update delete parse validate render resolve fetch refresh verify encode decode list sync'.split(' ');
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const snake = (s) => s.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

/** @param {Random} rnd */
function jsFunction(rnd) {
  const verb = rnd.pick(VERBS);
  const noun = rnd.pick(WORDS);
  const other = rnd.pick(WORDS);
  return [
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
  ].join('\n');
}

/** @param {Random} rnd */
function tsInterface(rnd) {
  const noun = cap(rnd.pick(WORDS));
  const fields = Array.from({ length: rnd.int(3, 8) }, () => {
    const f = rnd.pick(WORDS);
    return `  /** The ${f} of this ${noun.toLowerCase()}. */\n  ${f}${rnd.pick(['Id', 'Name', 'Count', 'At', ''])}${rnd.chance(0.3) ? '?' : ''}: ${rnd.pick(['string', 'number', 'boolean', `${cap(rnd.pick(WORDS))}[]`, 'Date'])};`;
  });
  return `export interface ${noun}${rnd.pick(['Options', 'Record', 'Response', 'State'])} {\n${fields.join('\n')}\n}\n\n`;
}

/** @param {Random} rnd */
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

/** @param {Random} rnd */
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

/** @param {Random} rnd */
function javaMethod(rnd) {
  const verb = rnd.pick(VERBS);
  const noun = cap(rnd.pick(WORDS));
  const other = rnd.pick(WORDS);
  return [
    '    /**',
    `     * ${cap(verb)}s the ${noun.toLowerCase()} of a ${other}.`,
    `     * @param ${other}Id the ${other}'s identifier`,
    '     */',
    `    public Optional<${noun}> ${verb}${noun}(String ${other}Id) throws IOException {`,
    `        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/${noun.toLowerCase()}s/" + ${other}Id))`,
    '                .header("Authorization", "Bearer " + tokenProvider.currentToken())',
    `                .timeout(Duration.ofSeconds(${rnd.int(5, 60)}))`,
    '                .build();',
    `        HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());`,
    '        if (response.statusCode() == 404) return Optional.empty();',
    `        return Optional.of(mapper.readValue(response.body(), ${noun}.class));`,
    '    }',
    '',
  ].join('\n');
}

/** @param {Random} rnd */
function rustFunction(rnd) {
  const verb = rnd.pick(VERBS);
  const noun = rnd.pick(WORDS);
  return [
    `/// ${cap(verb)}s the ${noun} with the given id.`,
    `pub async fn ${verb}_${noun}(client: &Client, id: &str) -> Result<${cap(noun)}, Error> {`,
    `    let url = format!("{}/${noun}s/{}", client.base_url, urlencoding::encode(id));`,
    '    let resp = client',
    '        .http',
    '        .get(&url)',
    '        .bearer_auth(client.token().await?)',
    `        .timeout(Duration::from_secs(${rnd.int(5, 60)}))`,
    '        .send()',
    '        .await?;',
    `    let ${noun}: ${cap(noun)} = resp.error_for_status()?.json().await?;`,
    `    tracing::debug!(id, "${noun} ${verb}");`,
    `    Ok(${noun})`,
    '}',
    '',
  ].join('\n');
}

/** @param {Random} rnd */
function shellScript(rnd, targetBytes) {
  const parts = ['#!/usr/bin/env bash\nset -euo pipefail\n\n: "${API_TOKEN:?set API_TOKEN}"\nBASE_URL="${BASE_URL:-http://localhost:8080}"\n\n'];
  let size = parts[0].length;
  while (size < targetBytes) {
    const noun = rnd.pick(WORDS);
    const p = `${rnd.pick(VERBS)}_${noun}() {\n  local id="$1"\n  curl -fsS -H "Authorization: Bearer \${API_TOKEN}" "\${BASE_URL}/${noun}s/\${id}" | jq '.${rnd.pick(WORDS)}'\n}\n\nfor id in $(seq 1 ${rnd.int(2, 20)}); do\n  ${rnd.pick(VERBS)}_${noun} "$id" >> "${noun}s.json"\ndone\n\n`;
    parts.push(p);
    size += p.length;
  }
  return parts.join('');
}

const HEADERS = {
  js: "import { logger } from './logger.js';\nimport { cache } from './cache.js';\nconst baseUrl = process.env.API_BASE_URL ?? 'http://localhost:8080';\n\n",
  py: 'import logging\nimport os\n\nimport requests\n\nBASE_URL = os.environ.get("API_BASE_URL", "http://localhost:8080")\nsession = requests.Session()\n_cache: dict = {}\nlog = logging.getLogger(__name__)\n\n\n',
  go: 'package api\n\nimport (\n\t"context"\n\t"encoding/json"\n\t"fmt"\n\t"net/http"\n\t"net/url"\n)\n\n',
  java: 'package com.example.api;\n\nimport java.io.IOException;\nimport java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\nimport java.time.Duration;\nimport java.util.Optional;\n\npublic final class ApiClient {\n    private final HttpClient httpClient = HttpClient.newHttpClient();\n\n',
  rs: 'use std::time::Duration;\n\nuse crate::{Client, Error};\n\n',
};

/** @param {Random} rnd */
function sourceFile(rnd, lang, targetBytes) {
  if (lang === 'sh') return shellScript(rnd, targetBytes);
  const fn = { js: (r) => (r.chance(0.25) ? tsInterface(r) : jsFunction(r)), py: pyFunction, go: goFunction, java: javaMethod, rs: rustFunction }[lang];
  const parts = [HEADERS[lang]];
  let size = parts[0].length;
  while (size < targetBytes) {
    const f = fn(rnd);
    parts.push(f);
    size += f.length;
  }
  if (lang === 'java') parts.push('}\n');
  return parts.join('');
}

/** @param {Random} rnd */
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

/** @param {Random} rnd */
const packageName = (rnd) => `${rnd.pick(['@acme/', '@types/', '', '', ''])}${rnd.pick(WORDS)}-${rnd.pick(WORDS)}${rnd.chance(0.3) ? `-${rnd.int(2, 9)}` : ''}`;
/** @param {Random} rnd */
const semver = (rnd) => `${rnd.int(0, 12)}.${rnd.int(0, 30)}.${rnd.int(0, 20)}`;

/** @param {Random} rnd */
function npmLock(rnd, entries) {
  const out = ['{', '  "name": "monorepo",', '  "lockfileVersion": 3,', '  "requires": true,', '  "packages": {'];
  for (let i = 0; i < entries; i++) {
    const name = packageName(rnd);
    const v = semver(rnd);
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

/** @param {Random} rnd */
function yarnLock(rnd, entries) {
  const out = ['# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.', '# yarn lockfile v1', ''];
  for (let i = 0; i < entries; i++) {
    const name = packageName(rnd);
    const v = semver(rnd);
    out.push(
      `"${name}@^${v}":`,
      `  version "${v}"`,
      `  resolved "https://registry.yarnpkg.com/${name}/-/${name.replace(/^@[^/]+\//, '')}-${v}.tgz#${rnd.hex(40)}"`,
      `  integrity ${NEG.integrity(rnd)}`,
      '',
    );
  }
  return `${out.join('\n')}\n`;
}

/** @param {Random} rnd */
function goSum(rnd, entries) {
  const out = [];
  for (let i = 0; i < entries; i++) {
    const mod = `${rnd.pick(['github.com', 'golang.org/x', 'google.golang.org', 'go.opentelemetry.io'])}/${rnd.pick(WORDS)}/${rnd.pick(WORDS)}`;
    const v = `v${semver(rnd)}`;
    out.push(`${mod} ${v} h1:${bytes(rnd, 32).toString('base64')}`, `${mod} ${v}/go.mod h1:${bytes(rnd, 32).toString('base64')}`);
  }
  return `${out.join('\n')}\n`;
}

/** @param {Random} rnd */
function cargoLock(rnd, entries) {
  const out = ['# This file is automatically @generated by Cargo.', '# It is not intended for manual editing.', 'version = 3', ''];
  for (let i = 0; i < entries; i++)
    out.push(
      '[[package]]',
      `name = "${rnd.pick(WORDS)}-${rnd.pick(WORDS)}"`,
      `version = "${semver(rnd)}"`,
      'source = "registry+https://github.com/rust-lang/crates.io-index"',
      `checksum = "${rnd.hex(64)}"`,
      '',
    );
  return `${out.join('\n')}\n`;
}

/** @param {Random} rnd */
function poetryLock(rnd, entries) {
  const out = [];
  for (let i = 0; i < entries; i++) {
    const name = `${rnd.pick(WORDS)}-${rnd.pick(WORDS)}`;
    const v = semver(rnd);
    out.push(
      '[[package]]',
      `name = "${name}"`,
      `version = "${v}"`,
      `description = "${cap(rnd.pick(VERBS))} ${rnd.pick(WORDS)}s for Python"`,
      'optional = false',
      'python-versions = ">=3.8"',
      'files = [',
      `    {file = "${name.replace(/-/g, '_')}-${v}-py3-none-any.whl", hash = "sha256:${rnd.hex(64)}"},`,
      `    {file = "${name.replace(/-/g, '_')}-${v}.tar.gz", hash = "sha256:${rnd.hex(64)}"},`,
      ']',
      '',
    );
  }
  return `${out.join('\n')}\n`;
}

/** @param {Random} rnd */
function lockFile(rnd) {
  const kind = rnd.weighted([
    [5, 'npm'],
    [2, 'yarn'],
    [1, 'go'],
    [1, 'cargo'],
    [1, 'poetry'],
  ]);
  const n = rnd.int(100, 1500);
  return {
    npm: { name: 'package-lock.json', text: npmLock(rnd, n) },
    yarn: { name: 'yarn.lock', text: yarnLock(rnd, n) },
    go: { name: 'go.sum', text: goSum(rnd, n) },
    cargo: { name: 'Cargo.lock', text: cargoLock(rnd, n) },
    poetry: { name: 'poetry.lock', text: poetryLock(rnd, n) },
  }[kind];
}

/** @param {Random} rnd */
function k8sManifest(rnd) {
  const app = `${rnd.pick(WORDS)}-${rnd.pick(['api', 'worker', 'gateway', 'mcp'])}`;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  labels: { app.kubernetes.io/name: ${app}, app.kubernetes.io/version: "${semver(rnd)}" }
spec:
  replicas: ${rnd.int(1, 6)}
  selector:
    matchLabels: { app.kubernetes.io/name: ${app} }
  template:
    metadata:
      labels: { app.kubernetes.io/name: ${app} }
      annotations:
        checksum/config: ${rnd.hex(64)}
    spec:
      serviceAccountName: ${app}
      containers:
        - name: ${app}
          image: ghcr.io/acme/${app}@sha256:${rnd.hex(64)}
          ports: [{ containerPort: ${rnd.pick([3000, 8080, 8443])}, name: http }]
          env:
            - name: LOG_LEVEL
              value: ${rnd.pick(['info', 'debug', 'warn'])}
            - name: ${snake(rnd.pick(WORDS)).toUpperCase()}_TOKEN
              valueFrom:
                secretKeyRef: { name: ${app}-secrets, key: ${rnd.pick(WORDS)}-token }
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: { name: ${app}-db, key: password }
          resources:
            requests: { cpu: ${rnd.int(50, 500)}m, memory: ${rnd.pick([128, 256, 512])}Mi }
            limits: { memory: ${rnd.pick([512, 1024])}Mi }
          readinessProbe: { httpGet: { path: /healthz, port: http }, periodSeconds: 10 }
---
apiVersion: v1
kind: Service
metadata:
  name: ${app}
spec:
  selector: { app.kubernetes.io/name: ${app} }
  ports: [{ port: 80, targetPort: http }]
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-config
data:
  trace-id: "${rnd.hex(32)}"
  upstream: "https://${rnd.pick(WORDS)}.internal.example.com/v1"
  cache-key-prefix: "${rnd.pick(WORDS)}:${rnd.pick(WORDS)}"
`;
}

/** @param {Random} rnd */
function workflow(rnd) {
  return `name: ${cap(rnd.pick(VERBS))} ${rnd.pick(WORDS)}
on:
  push: { branches: [main] }
  pull_request:
permissions:
  contents: read
  id-token: write
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${rnd.hex(40)} # v4
      - uses: actions/setup-node@${rnd.hex(40)} # v4
        with: { node-version: ${rnd.pick([20, 22, 24])}, cache: npm }
      - run: npm ci && npm test
        env:
          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
          API_KEY: \${{ secrets.${snake(rnd.pick(WORDS)).toUpperCase()}_API_KEY }}
      - name: Deploy
        if: github.ref == 'refs/heads/main'
        run: ./scripts/deploy.sh --env production --token-file "$RUNNER_TEMP/token"
`;
}

/** @param {Random} rnd */
function composeFile(rnd) {
  const svc = rnd.pick(WORDS);
  return `services:
  ${svc}:
    image: ghcr.io/acme/${svc}:${semver(rnd)}
    environment:
      DATABASE_URL: postgres://app:\${POSTGRES_PASSWORD}@db:5432/${svc}
      AUTH_TOKEN: \${AUTH_TOKEN:?set it in .env}
      REDIS_URL: redis://cache:6379/0
    depends_on: [db, cache]
    healthcheck: { test: ["CMD", "curl", "-f", "http://localhost:8080/healthz"], interval: 10s }
  db:
    image: postgres:16
    environment: { POSTGRES_PASSWORD_FILE: /run/secrets/db_password }
    secrets: [db_password]
  cache:
    image: redis:7
secrets:
  db_password: { file: ./secrets/db_password.txt }
`;
}

/** @param {Random} rnd */
function yamlFile(rnd, targetBytes) {
  const gen = rnd.weighted([
    [4, k8sManifest],
    [2, workflow],
    [2, composeFile],
  ]);
  const parts = [];
  let size = 0;
  while (size < targetBytes) {
    const p = `${gen(rnd)}---\n`;
    parts.push(p);
    size += p.length;
  }
  return parts.join('');
}

/** @param {Random} rnd */
function jsonFixture(rnd, targetBytes) {
  const records = [];
  let size = 0;
  while (size < targetBytes) {
    const noun = rnd.pick(WORDS);
    const r = JSON.stringify(
      {
        id: NEG.uuid(rnd),
        type: noun,
        name: `${cap(rnd.pick(WORDS))} ${rnd.pick(WORDS)}`,
        createdAt: `2024-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}T10:${rnd.int(10, 59)}:00Z`,
        etag: `"${rnd.hex(32)}"`,
        url: `https://api.example.com/v1/${noun}s/${rnd.int(1, 99999)}`,
        tokenCount: rnd.int(1, 4000),
        keyId: `key_${rnd.int(1000, 9999)}`,
        authMethod: rnd.pick(['oauth', 'api_key', 'none']),
        tags: [rnd.pick(WORDS), rnd.pick(WORDS)],
      },
      null,
      2,
    );
    records.push(r);
    size += r.length;
  }
  return `[\n${records.join(',\n')}\n]\n`;
}

/** @param {Random} rnd */
function packageJson(rnd) {
  const deps = Object.fromEntries(Array.from({ length: rnd.int(5, 25) }, () => [packageName(rnd), `^${semver(rnd)}`]));
  return `${JSON.stringify(
    {
      name: `@acme/${rnd.pick(WORDS)}-${rnd.pick(WORDS)}`,
      version: semver(rnd),
      private: true,
      scripts: { build: 'tsc -p .', test: 'jest', lint: 'eslint .', 'token:refresh': 'node scripts/refresh-token.js' },
      dependencies: deps,
      devDependencies: { typescript: '^5.6.0', jest: '^29.7.0', eslint: '^9.0.0' },
    },
    null,
    2,
  )}\n`;
}

/** @param {Random} rnd */
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

/** @param {Random} rnd */
function binaryFile(rnd, size) {
  const buf = bytes(rnd, size);
  buf.write('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 0, 'binary');
  return buf;
}

/**
 * Writes one shard of `shardBytes` bytes with `write(relativePath, data)`; returns the binary bytes.
 * Mix by bytes: source 42%, lock files 15%, minified bundles 12%, Markdown 10%, JSON 8%, YAML 8%, binary 5%.
 * @param {Random} rnd
 * @param {string} shard
 * @param {number} shardBytes
 * @param {{ write(rel: string, data: string | Buffer): void, readonly bytes: number }} w
 */
export function writeNeutralShard(rnd, shard, shardBytes, w) {
  const start = w.bytes;
  const budget = () => w.bytes - start;
  let n = 0;
  let binaryBytes = 0;
  const dir = () => `${shard}/${rnd.pick(['services', 'packages', 'apps', 'libs'])}/${rnd.pick(WORDS)}-${rnd.pick(WORDS)}`;
  while (budget() < shardBytes * 0.42) {
    const lang = rnd.weighted([
      [4, 'js'],
      [2, 'py'],
      [2, 'go'],
      [1, 'java'],
      [1, 'rs'],
      [1, 'sh'],
    ]);
    const ext = { js: rnd.pick(['js', 'ts', 'tsx', 'mjs']), py: 'py', go: 'go', java: 'java', rs: 'rs', sh: 'sh' }[lang];
    w.write(`${dir()}/src/${rnd.pick(WORDS)}-${n++}.${ext}`, sourceFile(rnd, lang, rnd.int(1_000, 20_000)));
  }
  while (budget() < shardBytes * 0.57) {
    const lock = lockFile(rnd);
    w.write(`${dir()}-${n++}/${lock.name}`, lock.text);
  }
  while (budget() < shardBytes * 0.69) w.write(`${dir()}/dist/chunk-${n++}.min.js`, minifiedBundle(rnd, rnd.int(200_000, 900_000)));
  while (budget() < shardBytes * 0.79) w.write(`${dir()}/docs/${rnd.pick(WORDS)}-${n++}.md`, docsFile(rnd, rnd.int(1_000, 15_000)));
  while (budget() < shardBytes * 0.87) {
    if (rnd.chance(0.4)) w.write(`${dir()}-${n++}/package.json`, packageJson(rnd));
    else w.write(`${dir()}/fixtures/${rnd.pick(WORDS)}-${n++}.json`, jsonFixture(rnd, rnd.int(1_000, 30_000)));
  }
  while (budget() < shardBytes * 0.95) {
    const kind = rnd.pick(['deploy/k8s', '.github/workflows', 'compose']);
    w.write(`${dir()}/${kind}/${rnd.pick(WORDS)}-${n++}.yaml`, yamlFile(rnd, rnd.int(1_000, 10_000)));
  }
  while (budget() < shardBytes) {
    const size = Math.min(rnd.int(20_000, 400_000), Math.max(1_000, shardBytes - budget()));
    w.write(`${dir()}/assets/asset-${n++}.${rnd.pick(['png', 'woff2', 'gz', 'wasm'])}`, binaryFile(rnd, size));
    binaryBytes += size;
  }
  return binaryBytes;
}
