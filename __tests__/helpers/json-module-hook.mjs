// A module loader hook for @actions/workflow-parser, whose ES modules import their JSON schemas
// without `with { type: 'json' }` (its bundlers allow that; Node does not): such a JSON file is
// served as a module whose default export is the parsed file. Registered by parse-workflows.mjs.
import { readFile } from 'node:fs/promises';

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('.json') && !context.importAttributes?.type) {
    const source = await readFile(new URL(url), 'utf8');
    return { format: 'module', source: `export default ${source};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}
