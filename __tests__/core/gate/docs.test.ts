/** docs/gate.md's stackgate.yml example is valid configuration: the reference cannot drift from the schema. */
import fs from 'node:fs';
import path from 'node:path';
import { parseConfigWith } from '../../../src/core/config/read';
import { configSchema } from '../../../src/core/config/schema';

it('the stackgate.yml example of docs/gate.md passes the schema, with every gate setting', () => {
  const text = fs.readFileSync(path.join(__dirname, '../../../docs/gate.md'), 'utf8');
  const block = /```yaml\n(environments:[\s\S]*?)```/.exec(text)?.[1];
  expect(block).toBeDefined();
  const config = parseConfigWith(configSchema, 'docs/gate.md', block!);
  expect(Object.keys(config.environments.staging.gate ?? {}).sort()).toEqual(['freeze', 'minScore', 'prometheus', 'protection', 'requires', 'smoke', 'soak']);
});
