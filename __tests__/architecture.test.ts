/**
 * Imports point inward (STYLE.md §1): core never talks to the world, never reads the
 * environment and never exits; adapters never import entry points.
 */
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '../src');

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
});
