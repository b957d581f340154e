import { defineCheck } from '../types';

/** Reported by the engine while loading files. */
export default defineCheck({
  id: 'core/duplicate-key',
  target: 'none',
  meta: {
    title: 'Mapping has a duplicate key',
    category: 'correctness',
    severity: 'error',
    rationale: 'YAML parsers disagree on duplicate keys: some keep the first value, some the last, some reject the file, so what is deployed is not what reviewers read.',
    remediation: 'Remove or rename one of the duplicate keys.',
    messages: { duplicate: '{{detail}}' },
  },
  check: () => undefined,
});
