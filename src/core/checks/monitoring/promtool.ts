import { defineEngineCheck } from '../types';

/** Reported by the engine while building the effective stacks. */
export default defineEngineCheck({
  id: 'monitoring/promtool',
  engine: 'promtool',
  meta: {
    title: 'promtool rejects the Prometheus file',
    category: 'correctness',
    severity: 'error',
    rationale: 'Prometheus refuses to load rule or config files that promtool rejects, so alerts silently stop.',
    remediation: 'Fix the error promtool reports; run "promtool check rules <file>" or "promtool check config <file>" locally.',
    messages: { failed: 'promtool check {{mode}}: {{detail}}', unavailable: 'promtool is required by monitoring.promtool: always but is not installed' },
  },
});
