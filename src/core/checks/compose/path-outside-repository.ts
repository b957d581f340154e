import path from 'node:path';
import { resolveInRepository } from '../../source/repository-path';
import { getNode, type TreeNode, type TreePath } from '../../source/yaml-tree';
import { defineCheck } from '../types';
import { forEachPath } from './_path-fields';

export default defineCheck({
  id: 'compose/path-outside-repository',
  target: 'compose-file',
  meta: {
    title: 'Compose file refers to a file outside the repository',
    category: 'correctness',
    readiness: 'compose',
    severity: 'warning',
    rationale:
      'An `include`, `env_file` or `extends.file` that is absolute or climbs out of the repository with `..` names a file of whatever machine runs `docker compose`: the stack then depends on state that is in no review, and stackgate neither reads nor checks it (it never reads outside the repository it was given).',
    remediation:
      'Keep the file in the repository and refer to it relatively (`env_file: ./env/prod.env`); for values that must not be committed, use variables set at deploy time (a Portainer stack variable, a CI secret) or Compose `secrets:`.',
    messages: {
      outside: '{{field}} "{{file}}" is outside the repository: stackgate does not read it, and the stack depends on a file of the machine that deploys it',
    },
  },
  check(ctx) {
    const dir = path.posix.dirname(ctx.file);
    const report = (field: string, node: TreeNode | undefined, at: TreePath): void => {
      if (node?.kind !== 'scalar' || typeof node.value !== 'string' || node.value.includes('$')) return;
      if (resolveInRepository(dir, node.value) === undefined) ctx.report({ messageId: 'outside', data: { field, file: node.value }, at });
    };
    // include: [a.yml] or [{ path: a.yml | [a.yml, b.yml], env_file: x | [x], project_directory }]
    const include = getNode(ctx.root, ['include']);
    if (include?.kind === 'seq') {
      include.items.forEach((item, i) => {
        if (item.kind === 'scalar') return report('include', item, ['include', i]);
        for (const key of ['path', 'env_file']) forEachPath(getNode(item, [key]), (node, sub) => report(`include ${key}`, node, ['include', i, key, ...sub]));
      });
    }
    const services = getNode(ctx.root, ['services']);
    if (services?.kind !== 'map') return;
    for (const [name, service] of services.entries) {
      // env_file: x | [x | { path: x, required: false }]
      forEachPath(getNode(service, ['env_file']), (node, sub) => report(`service "${name}" env_file`, node, ['services', name, 'env_file', ...sub]));
      report(`service "${name}" extends.file`, getNode(service, ['extends', 'file']), ['services', name, 'extends', 'file']);
    }
  },
});
