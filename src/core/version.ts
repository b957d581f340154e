/**
 * stackgate's version, for every layer (the CLI's --version, the tool version in reports and SARIF,
 * the GitHub client's User-Agent): read from package.json here and nowhere else.
 * Only `version` is imported, but ncc still inlines all of package.json while TypeScript emits
 * CommonJS (tsconfig `module: commonjs` turns this into a require of the whole file); webpack keeps
 * just the one field only when it sees an ES import.
 */
import { version } from '../../package.json';

export const VERSION: string = version;
