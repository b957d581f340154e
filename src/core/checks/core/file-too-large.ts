import { defineEngineCheck } from '../types';

/** Reported by the engine while loading files. */
export default defineEngineCheck({
  id: 'core/file-too-large',
  engine: 'file-problem',
  meta: {
    title: 'File is larger than the size limit',
    category: 'operations',
    severity: 'info',
    rationale:
      'Very large configuration files are usually generated or vendored (CRD bundles, rendered charts) and slow every tool that reads them. The file is not wrong, but stackgate did not check it: info, so the blind spot is visible without failing the gate.',
    remediation: 'Exclude the file with "exclude" in stackgate.yml, or raise "maxFileSizeKb".',
    messages: { tooLarge: '{{detail}}' },
  },
});
