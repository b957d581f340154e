/**
 * The example caller a reusable workflow template shows in its header: the comment lines indented
 * by three spaces after `# Example caller:`, without their `#   `. The template tests lint and check
 * it like a template, so the example stays a workflow that really calls the template.
 */
export function exampleCaller(template: string): string | undefined {
  const lines = template.split('\n');
  const start = lines.findIndex((l) => l.trimEnd() === '# Example caller:');
  if (start < 0) return undefined;
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('#   ')) break;
    body.push(line.slice(4));
  }
  return body.length ? `${body.join('\n')}\n` : undefined;
}
