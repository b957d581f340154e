/**
 * Preload for child processes that run the TypeScript sources (`node -r ts-child.cjs -e ...`), as
 * jest's transform does in-process: tests of signals and process groups need a real process.
 */
const fs = require('node:fs');
const swc = require('@swc/core');

require.extensions['.ts'] = function compile(module, filename) {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
