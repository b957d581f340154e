import { defineCheck } from '../types';

/** Reported by the engine while loading files. */
export default defineCheck({
  id: 'core/file-unreadable',
  target: 'none',
  meta: {
    title: 'File or directory cannot be read',
    category: 'operations',
    severity: 'error',
    rationale: 'What cannot be read cannot be validated, and the deploy will likely fail on it too.',
    remediation: 'Check the permissions of the path.',
    messages: { unreadable: '{{detail}}' },
  },
  check: () => undefined,
});
