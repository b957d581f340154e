import { defineEngineCheck } from '../types';

/** Reported by the engine while loading files. */
export default defineEngineCheck({
  id: 'core/empty-file',
  engine: 'file-problem',
  meta: {
    title: 'Configuration file is empty',
    category: 'correctness',
    severity: 'warning',
    rationale: 'An empty Compose or rule file deploys nothing and usually means a bad merge or a truncated write.',
    remediation: 'Restore the content or delete the file.',
    messages: { empty: '{{detail}}' },
  },
});
