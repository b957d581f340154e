/**
 * A worker thread's start file for tests: it loads a TypeScript module of src/ with the hook of the
 * tests' child processes (ts-child.cjs), as dist/<name>-worker/index.js loads the bundle.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');

/** Writes `<dir>/<name>.cjs`: the hook, then `lines` (JavaScript; `src(file)` gives a require-able path of src/), and returns its path. */
export function tsWorkerEntry(dir: string, name: string, lines: (src: (file: string) => string) => string[]): string {
  const file = path.join(dir, `${name}.cjs`);
  const src = (rel: string): string => JSON.stringify(path.join(ROOT, 'src', rel));
  fs.writeFileSync(file, [`require(${JSON.stringify(path.join(__dirname, 'ts-child.cjs'))});`, ...lines(src)].join('\n'));
  return file;
}
