/**
 * What the Actions runner would obey in a step's log: the workflow commands (`::name …::data`) at
 * the start of a line (after leading whitespace), where a line ends at LF, CRLF or a lone CR, and
 * none between `::stop-commands::<token>` and `::<token>::`.
 */
export function obeyedCommands(stdout: string): string[] {
  const obeyed: string[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopToken = stop[1];
    else if (line.startsWith('::')) obeyed.push(line);
  }
  return obeyed;
}
