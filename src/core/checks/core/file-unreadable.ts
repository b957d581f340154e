import { defineEngineCheck } from '../types';

/** Reported by the engine while loading files. */
export default defineEngineCheck({
  id: 'core/file-unreadable',
  engine: 'file-problem',
  meta: {
    title: 'File or directory cannot be read',
    category: 'operations',
    severity: 'error',
    rationale: 'What cannot be read cannot be validated, and the deploy will likely fail on it too.',
    remediation: 'Check the permissions of the path.',
    messages: { unreadable: '{{detail}}' },
  },
});
