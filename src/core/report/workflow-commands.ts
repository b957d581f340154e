/**
 * Output the GitHub Actions runner would obey. In a workflow's `run:` step, everything stackgate
 * prints on stdout is read for workflow commands: `::name::data` at the start of a line (after
 * leading whitespace) and the legacy `##[name]data` anywhere in a line. Results quote file names,
 * file content and servers' answers, so when stackgate runs under Actions its results are printed
 * with those two forms broken, in the way each format keeps the value: an escape that parses back
 * to the same JSON or XML, and an invisible zero-width space in text and Markdown.
 */
export type OutputKind = 'text' | 'markdown' | 'json' | 'xml';

const ZWSP = '\u200b';

export function neutraliseWorkflowCommands(kind: OutputKind, output: string): string {
  switch (kind) {
    case 'json':
      // `#` is no JSON syntax: `##[` only occurs inside strings, where `\u005b` reads back as `[`.
      // JSON lines start with whitespace, a bracket or a quote, never with `::`.
      return output.replace(/##\[/g, '##\\u005b');
    case 'xml':
      // A character reference reads back as `[` in text and attributes; a line of text starting
      // with `::` gets `&#58;` for its first colon.
      return output.replace(/##\[/g, '##&#91;').replace(/^(\s*):/gm, '$1&#58;');
    default:
      return output.replace(/##\[/g, `##${ZWSP}[`).replace(/^(\s*)::/gm, `$1${ZWSP}::`);
  }
}
