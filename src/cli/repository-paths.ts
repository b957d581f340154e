/**
 * SARIF from the CLI points at files relative to the repository's root (the git top level), not to
 * the path argument: `stackgate validate examples/mcp-stacks -f sarif` names
 * `examples/mcp-stacks/…`, which is where code scanning and editors look for it.
 */
import { pathInRepository } from '../adapters/git/repository-root';
import type { Finding } from '../core/findings';

/** `findings` of a run on `root`, their files made relative to the repository's root. */
export function findingsInRepository<F extends Pick<Finding, 'file'>>(findings: readonly F[], root: string): F[] {
  const prefix = pathInRepository(root);
  return prefix ? findings.map((f) => ({ ...f, file: f.file ? `${prefix}/${f.file}` : prefix })) : [...findings];
}
