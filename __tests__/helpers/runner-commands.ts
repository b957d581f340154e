/**
 * The workflow commands the GitHub Actions runner would obey in a step's output, read the way the
 * runner reads them (actions/runner ActionCommandManager.TryProcessCommand): lines end at \n, \r\n
 * or a lone \r; `::name props::data` counts after leading whitespace, the legacy `##[name props]data`
 * anywhere in a line; after `::stop-commands::<token>` only `::<token>::` is obeyed.
 */
export interface ObeyedCommand {
  name: string;
  props: Record<string, string>;
  data: string;
}

const REGISTERED = new Set([
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
]);

export function obeyedCommands(stdout: string): ObeyedCommand[] {
  const out: ObeyedCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const registered = stopToken ? new Set([...REGISTERED, stopToken]) : REGISTERED;
    const cmd = parseV2(line, registered) ?? parseV1(line, registered);
    if (!cmd) continue;
    if (stopToken) {
      if (cmd.name === stopToken) stopToken = undefined;
      continue;
    }
    if (cmd.name === 'stop-commands') stopToken = cmd.data;
    out.push(cmd);
  }
  return out;
}

function parseV2(message: string, registered: ReadonlySet<string>): ObeyedCommand | undefined {
  const m = message.trimStart();
  if (!m.startsWith('::')) return undefined;
  const end = m.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = m.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name)) return undefined;
  const props: Record<string, string> = {};
  if (space > 0) {
    for (const kv of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const at = kv.indexOf('=');
      if (at > 0) props[kv.slice(0, at)] = kv.slice(at + 1);
    }
  }
  return { name, props, data: m.slice(end + 2) };
}

function parseV1(message: string, registered: ReadonlySet<string>): ObeyedCommand | undefined {
  const at = message.indexOf('##[');
  if (at < 0) return undefined;
  const rb = message.indexOf(']', at);
  if (rb < 0) return undefined;
  const info = message.slice(at + 3, rb);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name)) return undefined;
  return { name, props: {}, data: message.slice(rb + 1) };
}
