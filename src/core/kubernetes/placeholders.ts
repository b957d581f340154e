/**
 * Placeholders that a tool replaces before the API server sees the manifest: Flux post-build
 * substitution (`${VAR}`, `${VAR:=default}`, `${VAR:-default}`, from `postBuild.substitute`) and the
 * `$(VAR)` expansion of Kubernetes and Argo CD. Flux substitutes text before it parses the YAML, so a
 * value that holds one is unknown: it may become a number, an enum value or a whole object.
 */
const PLACEHOLDER = /\$\{[#!]?[A-Za-z_][A-Za-z0-9_]*[^}\n]*\}|\$\([A-Za-z_][A-Za-z0-9_]*\)/;

/** Whether a value is a string holding a substitution placeholder (`${ACCESS_MODE}`, `${CPU}m`, `$(POD_NAME)`). */
export function hasPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && PLACEHOLDER.test(value);
}
