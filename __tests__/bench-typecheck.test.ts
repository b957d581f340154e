/**
 * The benchmark is plain node ESM (bench/*.mjs, `// @ts-check` with JSDoc types) that imports the
 * TypeScript it shares with stackgate and the tests (the PRNG and fake tokens in
 * helpers/fake-secret.ts, src/core/secrets/checksum.ts). These tests keep both halves working:
 * tsc checks the bench against those sources, and node runs it through bench/register-ts.mjs.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRandom, withCrc32Tail } from './helpers/fake-secret';

const ROOT = path.join(__dirname, '..');

describe('bench', () => {
  // tsconfig.bench.json checks every bench/*.mjs (checkJs), whether or not it says `// @ts-check`.
  test('typechecks (tsc -p tsconfig.bench.json)', () => {
    const r = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.bench.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);

  test('runs under plain node with the shared TypeScript generator: the same draws as the tests get', () => {
    const script = [
      "import { createRandom } from './__tests__/helpers/fake-secret.ts';",
      "import { SECRET_FACTORIES } from './bench/secrets-tokens.mjs';",
      'const rnd = createRandom(7);',
      "console.log(JSON.stringify([createRandom(7).next(), SECRET_FACTORIES['npm-token'](rnd)]));",
    ].join('\n');
    const r = spawnSync(process.execPath, ['--import', './bench/register-ts.mjs', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const [first, npmToken] = JSON.parse(r.stdout) as [number, string];
    expect(first).toBe(createRandom(7).next());
    expect(npmToken).toMatch(/^npm_[A-Za-z0-9]{36}$/);
    expect(withCrc32Tail('npm_', npmToken.slice(4, 34))).toBe(npmToken);
  });
});
