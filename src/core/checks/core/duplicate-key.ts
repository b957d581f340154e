import { defineEngineCheck } from '../types';

/** Reported by the engine while loading files. */
export default defineEngineCheck({
  id: 'core/duplicate-key',
  engine: 'file-problem',
  meta: {
    title: 'Mapping has a duplicate key',
    category: 'correctness',
    severity: 'error',
    rationale:
      'YAML parsers disagree on duplicate keys: some keep the first value, some the last, some reject the file, so what is deployed is not what reviewers read.',
    remediation: 'Remove or rename one of the duplicate keys.',
    messages: { duplicate: '{{detail}}' },
  },
});
