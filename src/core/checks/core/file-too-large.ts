import { defineEngineCheck } from '../types';

/** Reported by the engine while loading files. */
export default defineEngineCheck({
  id: 'core/file-too-large',
  engine: 'file-problem',
  meta: {
    title: 'File is larger than the size limit',
    category: 'operations',
    severity: 'warning',
    rationale: 'Very large configuration files are usually generated or vendored and slow every tool that reads them.',
    remediation: 'Exclude the file with "exclude" in stackgate.yml, or raise "maxFileSizeKb".',
    messages: { tooLarge: '{{detail}}' },
  },
});
