import { getNode, scalarOf } from '../../source/yaml-tree';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'compose/version-obsolete',
  target: 'compose-file',
  meta: {
    title: 'Top-level version is obsolete',
    category: 'correctness',
    severity: 'info',
    rationale:
      'The Compose Specification ignores `version:`; Docker Compose v2 prints "the attribute `version` is obsolete" on every run, and the number misleads readers into thinking v2/v3 file-format rules (such as deploy being Swarm-only) still apply. dclint (no-version-field) flags it.',
    remediation: 'Delete the `version:` line.',
    messages: {
      obsolete: 'top-level "version: {{version}}" is obsolete and ignored by Docker Compose',
    },
  },
  check(ctx) {
    const node = getNode(ctx.root, ['version']);
    if (!node) return;
    ctx.report({ messageId: 'obsolete', data: { version: String(scalarOf(node) ?? '') }, at: ['version'] });
  },
});
