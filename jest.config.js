/** @type {import('jest').Config} */
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }];
// ESM-only packages (Octokit and its plugins, marked) are compiled to CommonJS for jest, as ncc does for dist/.
const esmPackages = [
  '@octokit',
  'universal-user-agent',
  'before-after-hook',
  'bottleneck',
  'fast-content-type-parse',
  'json-with-bigint',
  'content-type',
  'marked',
  'universal-github-app-jwt',
  'toad-cache',
  // CommonJS, but it imports Node's built-ins with import(), which jest's vm cannot run.
  '@electric-sql/pglite',
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': swc, '^.+\\.m?js$': swc, '/node_modules/@electric-sql/pglite/.+\\.cjs$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  // @octokit/webhooks-methods exports an `import` condition only, which jest's require cannot resolve.
  moduleNameMapper: { '^@octokit/webhooks-methods$': '<rootDir>/node_modules/@octokit/webhooks-methods/dist-node/index.js' },
  testTimeout: 30000,
  // Two workers on a 2-core runner (jest's default is one fewer than the cores): most suites wait on
  // processes and servers they start, so a second worker halves the wall time without starving them.
  maxWorkers: 2,
};
