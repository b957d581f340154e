// Preloaded with `node -r` by the bundle test: at exit, writes the files of dist/bundle/ this
// process loaded (one per line) to the file named by STACKGATE_LOADED_CHUNKS.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

process.on('exit', () => {
  const out = process.env.STACKGATE_LOADED_CHUNKS;
  if (!out) return;
  const loaded = Object.keys(require.cache).filter((f) => path.basename(path.dirname(f)) === 'bundle' && f.endsWith('.js'));
  fs.writeFileSync(out, loaded.map((f) => path.basename(f)).join('\n'));
});
