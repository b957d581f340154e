import { defineEngineCheck } from '../types';

/** Reported by the engine while loading files. */
export default defineEngineCheck({
  id: 'core/invalid-suppression',
  engine: 'suppression',
  meta: {
    title: 'Inline suppression is invalid',
    category: 'operations',
    severity: 'warning',
    rationale: 'A suppression must name an existing check and give a reason, so reviewers can judge it; an invalid one suppresses nothing.',
    remediation: 'Write "# stackgate-ignore <check-id>: <reason>" with a known check id (see "stackgate checks").',
    messages: {
      missingReason: 'suppression of {{checkId}} has no reason; write "# stackgate-ignore {{checkId}}: <reason>"',
      unknownCheck: 'suppression names unknown check "{{checkId}}"',
    },
  },
});
