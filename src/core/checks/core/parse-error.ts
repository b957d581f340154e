import { defineEngineCheck } from '../types';

/** Reported by the engine while loading files. */
export default defineEngineCheck({
  id: 'core/parse-error',
  engine: 'file-problem',
  meta: {
    title: 'File is not valid YAML or JSON',
    category: 'correctness',
    severity: 'error',
    rationale:
      'A file that does not parse is skipped by every other check and rejected by docker compose, kubectl and Prometheus at deploy time. Templates are not YAML until rendered and are not parsed: Helm chart templates (rendered with helm when it is installed) and Ansible role templates (`roles/<role>/templates/`).',
    remediation: 'Fix the syntax at the reported line; run the file through a YAML linter if the message is unclear.',
    messages: { syntax: 'cannot parse: {{detail}}' },
  },
});
