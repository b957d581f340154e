/**
 * `npm ci` on any Node.js version that package.json's engines.node declares installs no package that
 * says it does not support that version (npm's `EBADENGINE Unsupported engine` warning): every
 * package in package-lock.json that declares engines.node must accept the whole declared range. And
 * .node-version, the Node.js that CI and the dist/ build use, is one of the declared versions.
 */
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';

const ROOT = path.join(__dirname, '..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');
const declared = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string; engines?: unknown }> };

/** engines.node of a lockfile entry; old packages may write engines as a list, which npm ignores. */
function nodeRange(engines: unknown): string | undefined {
  if (!engines || typeof engines !== 'object' || Array.isArray(engines)) return undefined;
  const node = (engines as Record<string, unknown>).node;
  return typeof node === 'string' ? node : undefined;
}

test('package.json declares a valid engines.node range', () => {
  expect(semver.validRange(declared)).not.toBeNull();
});

test('.node-version names a Node.js line the declared range includes', () => {
  const line = read('.node-version').trim();
  expect(semver.validRange(line)).not.toBeNull();
  expect(semver.intersects(line, declared)).toBe(true);
});

test('every locked package accepts every Node.js version package.json declares (no EBADENGINE on npm ci)', () => {
  const unsupported: string[] = [];
  for (const [location, meta] of Object.entries(lock.packages)) {
    const range = location === '' ? undefined : nodeRange(meta.engines);
    if (range === undefined) continue;
    if (!semver.subset(declared, range)) unsupported.push(`${location.replace(/^.*node_modules\//, '')}@${meta.version} requires node ${range}`);
  }
  expect(unsupported).toEqual([]);
});
