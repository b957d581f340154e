import { defineEngineCheck } from '../types';

/** Reported by the engine while loading files. */
export default defineEngineCheck({
  id: 'core/yaml-alias-limit',
  engine: 'file-problem',
  meta: {
    title: 'YAML aliases expand too far',
    category: 'security',
    severity: 'error',
    rationale: 'An alias bomb ("billion laughs") expands a small file into gigabytes and takes down whatever parses it.',
    remediation: 'Reduce alias nesting; stackgate refuses documents whose aliases add more than 50,000 nodes.',
    messages: { limit: '{{detail}}' },
  },
});
