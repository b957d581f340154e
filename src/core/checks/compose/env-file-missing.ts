import path from 'node:path';
import { resolveInRepository } from '../../source/repository-path';
import { getNode } from '../../source/yaml-tree';
import { defineCheck } from '../types';
import { forEachPath } from './_path-fields';

export default defineCheck({
  id: 'compose/env-file-missing',
  target: 'compose-file',
  meta: {
    title: 'env_file names a file that does not exist',
    category: 'correctness',
    severity: 'error',
    rationale:
      '`docker compose up` stops with "env file ... not found" when a service\'s `env_file` is missing, so the stack does not start; a renamed or never-committed file is the usual cause. A file that .gitignore excludes is taken to be kept on the deploy host and is not reported. dclint reports missing env files too.',
    remediation:
      'Commit the file, fix the path (it is relative to the Compose file), add it to .gitignore if it is supplied on the host, or mark the entry optional: `env_file: [{ path: ./local.env, required: false }]`.',
    messages: {
      missing: 'service "{{service}}" env_file "{{file}}" does not exist in the repository{{hint}}',
    },
  },
  check(ctx) {
    const services = getNode(ctx.root, ['services']);
    if (services?.kind !== 'map') return;
    const dir = path.posix.dirname(ctx.file);
    for (const [service, node] of services.entries) {
      forEachPath(getNode(node, ['env_file']), (fileNode, sub, item) => {
        if (fileNode.kind !== 'scalar' || typeof fileNode.value !== 'string' || fileNode.value.includes('$')) return;
        const required = item.kind === 'map' ? getNode(item, ['required']) : undefined;
        if (required?.kind === 'scalar' && (required.value === false || required.value === 'false')) return;
        // Paths that leave the repository are compose/path-outside-repository's.
        const file = resolveInRepository(dir, fileNode.value);
        if (!file || ctx.fileState(file) !== 'missing') return;
        const example = ['example', 'sample', 'dist', 'template'].map((s) => `${file}.${s}`).find((f) => ctx.fileState(f) === 'present');
        ctx.report({
          messageId: 'missing',
          data: {
            service,
            file: fileNode.value,
            hint: example ? `; create it from ${example} and add it to .gitignore, or commit it` : '',
          },
          at: ['services', service, 'env_file', ...sub],
        });
      });
    }
  },
});
