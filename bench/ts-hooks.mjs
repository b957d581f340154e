// @ts-check
// Module hooks that let the benchmark import stackgate's TypeScript sources (src/, the test
// helpers' fake-secret generator) under plain node: a `.ts` file is compiled to an ES module with
// @swc/core, as jest's @swc/jest transform does for the tests, and an extensionless relative import
// inside it resolves to `<name>.ts` or `<name>/index.ts`. The test helpers are written for jest's
// CommonJS: a module that uses `require` (or `require.resolve`), `__dirname` or `__filename` gets them defined from its own
// URL (createRequire: packages and JSON, not .ts files). Registered by bench/register-ts.mjs.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import swc from '@swc/core';

/**
 * @typedef {{ parentURL?: string }} ResolveContext
 * @typedef {{ url: string, format?: string, shortCircuit?: boolean }} ResolveResult
 * @typedef {{ format: string, source?: string | Buffer, shortCircuit?: boolean }} LoadResult
 */

/**
 * @param {string} specifier
 * @param {ResolveContext} context
 * @param {(specifier: string, context: ResolveContext) => Promise<ResolveResult>} nextResolve
 * @returns {Promise<ResolveResult>}
 */
export async function resolve(specifier, context, nextResolve) {
  const parent = context.parentURL;
  if (parent?.endsWith('.ts') && /^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$|\.json$/.test(specifier)) {
    for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
      const url = new URL(candidate, parent);
      if (fs.existsSync(fileURLToPath(url))) return { url: url.href, shortCircuit: true };
    }
  }
  return nextResolve(specifier, context);
}

/**
 * @param {string} url
 * @param {object} context
 * @param {(url: string, context: object) => Promise<LoadResult>} nextLoad
 * @returns {Promise<LoadResult>}
 */
export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const filename = fileURLToPath(url);
  const { code } = await swc.transform(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
    module: { type: 'es6' },
  });
  return { format: 'module', source: COMMONJS_GLOBALS.test(code) ? `${commonjsPrelude()}${code}` : code, shortCircuit: true };
}

const COMMONJS_GLOBALS = /\b(?:require\s*[(.]|__dirname\b|__filename\b)/;

/** `require`, `__filename` and `__dirname` of the module, on one line (the compiled code's line numbers stay as they were, plus one). */
function commonjsPrelude() {
  return [
    "import { createRequire as __sgCreateRequire } from 'node:module';",
    "import { dirname as __sgDirname } from 'node:path';",
    "import { fileURLToPath as __sgFileURLToPath } from 'node:url';",
    'const require = __sgCreateRequire(import.meta.url);',
    'const __filename = __sgFileURLToPath(import.meta.url);',
    'const __dirname = __sgDirname(__filename);\n',
  ].join(' ');
}
