/**
 * The commands of `stackgate`, with their one-line summaries: the top-level help and the shell
 * completion scripts are both made from this list, so neither can name a command that is not there.
 */
export interface CommandSummary {
  name: string;
  /** What follows the command name in the usage line. */
  usage: string;
  summary: string;
}

export const COMMAND_LIST: readonly CommandSummary[] = [
  { name: 'validate', usage: '[path | file] [options]', summary: 'Check Compose, Kubernetes, Dockerfiles, monitoring config and workflows' },
  { name: 'secrets', usage: '[path] [options]', summary: 'Find committed credentials (never printed)' },
  { name: 'score', usage: '[path] [options]', summary: 'Production-readiness score, blockers and the change since a base ref' },
  { name: 'smoke', usage: '[path] [options]', summary: 'Smoke-test deployed MCP servers over streamable HTTP, SSE or stdio' },
  { name: 'deploy', usage: '[path] -e <env> [options]', summary: 'Deploy an environment, record it as a GitHub Deployment, verify, roll back on failure' },
  {
    name: 'gate',
    usage: '[path] -e <env> [options]',
    summary: 'May this commit be promoted to <env> now? Previous environment, smoke, score, soak, freeze, metrics, protection',
  },
  { name: 'environments', usage: '<sync | check> [path] [options]', summary: "Apply stackgate.yml's environment protection to GitHub, or report drift" },
  { name: 'bot', usage: '[--port 3000] [--host 0.0.0.0]', summary: 'Run the stackgate GitHub App: deployment protection rule and readiness comments' },
  { name: 'checks', usage: '[options]', summary: 'List the check catalogue' },
  { name: 'explain', usage: '<check-id>', summary: "A check's rationale, remediation, options and default severity" },
  {
    name: 'schema',
    usage: '[config | readiness-report | smoke-report]',
    summary: 'Print a JSON Schema: stackgate.yml, the readiness report or the smoke report',
  },
  { name: 'completion', usage: '<bash | zsh | fish>', summary: 'Print a shell completion script' },
];
