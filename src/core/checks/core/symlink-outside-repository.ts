import { defineEngineCheck } from '../types';

/** Reported by the engine while loading files. */
export default defineEngineCheck({
  id: 'core/symlink-outside-repository',
  engine: 'file-problem',
  meta: {
    title: 'Symbolic link points outside the repository',
    category: 'security',
    severity: 'info',
    rationale: 'Following links out of the repository could read files the pipeline must not see; stackgate does not follow them.',
    remediation: 'Replace the link with the file itself, or ignore this finding if the link is intentional.',
    messages: { outside: '{{detail}}' },
  },
});
