/**
 * The scan pool with real worker threads: the calling thread scans one share and workers the
 * others, and together they report what one thread reports. The worker starts from a small entry
 * that loads src/adapters/secrets/worker.ts through the benchmark's TypeScript hooks (as
 * dist/secrets-worker/index.js loads the bundle).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { scanInline, scanSources } from '../../../src/adapters/secrets/scan-pool';
import type { SecretSource } from '../../../src/core/secrets/scan-source';
import { withCrc32Tail } from '../../helpers/fake-secret';

const ROOT = path.join(__dirname, '../../..');
let dir: string;
let entry: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackgate-scan-pool-'));
  entry = path.join(dir, 'worker.mjs');
  fs.writeFileSync(
    entry,
    [
      "import { register } from 'node:module';",
      `register(${JSON.stringify(pathToFileURL(path.join(ROOT, 'bench/ts-hooks.mjs')).href)});`,
      `await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/adapters/secrets/worker.ts')).href)});`,
    ].join('\n'),
  );
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Files of about 1 MB of code, each with a few tokens, some read from disk and some given as text: more than the parallel threshold. */
function sources(): SecretSource[] {
  const out: SecretSource[] = [];
  for (let i = 0; i < 6; i++) {
    const token = withCrc32Tail('ghp_', `R8kD2mQ7xZ4vN1pL6tY9wB3cF5hJ0${i}`);
    const text = `const user${i} = await getUser(id);\n`.repeat(30_000) + `GITHUB_TOKEN=${token}\n` + `password = "Zq8#wLx2$Vn${i}rT5p"\n`;
    if (i % 2) out.push({ file: `src/file-${i}.js`, text, size: text.length });
    else {
      const absPath = path.join(dir, `file-${i}.js`);
      fs.writeFileSync(absPath, text);
      out.push({ file: `src/file-${i}.js`, absPath, size: text.length });
    }
  }
  return out;
}

const summary = (r: { findings: { file: string; line: number; ruleId: string }[] }) => r.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort();

describe('scanSources', () => {
  test('two threads (this one and a worker) report what one thread reports', async () => {
    const input = sources();
    const one = scanInline(input);
    expect(summary(one)).toHaveLength(12);
    const two = await scanSources(input, { workerEntry: entry, workers: 2 });
    expect(summary(two)).toEqual(summary(one));
  }, 60_000);

  test('the other shares go to worker threads: a worker that fails fails the scan', async () => {
    const broken = path.join(dir, 'broken.mjs');
    fs.writeFileSync(broken, "throw new Error('worker could not start');\n");
    await expect(scanSources(sources(), { workerEntry: broken, workers: 2 })).rejects.toThrow('worker could not start');
  }, 60_000);

  test('three threads: the files of every share are scanned', async () => {
    const input = sources();
    const three = await scanSources(input, { workerEntry: entry, workers: 3 });
    expect(new Set(three.findings.map((f) => f.file)).size).toBe(6);
  }, 60_000);
});
