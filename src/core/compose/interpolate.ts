/**
 * Compose variable interpolation: $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error},
 * ${VAR?error}, ${VAR:+alternative}, ${VAR+alternative}, nested defaults and `$$` escapes.
 */
export interface InterpolationIssue {
  kind: 'undefined' | 'required' | 'syntax';
  variable: string;
  message: string;
}

export interface InterpolationResult {
  value: string;
  issues: InterpolationIssue[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

export function interpolateString(input: string, vars: Readonly<Record<string, string>>): InterpolationResult {
  const issues: InterpolationIssue[] = [];
  if (!input.includes('$')) return { value: input, issues };
  const value = expand(input, vars, issues);
  return { value, issues };
}

function expand(input: string, vars: Readonly<Record<string, string>>, issues: InterpolationIssue[]): string {
  let out = '';
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch !== '$') {
      out += ch;
      i++;
      continue;
    }
    const next = input[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      const end = matchingBrace(input, i + 1);
      if (end < 0) {
        issues.push({ kind: 'syntax', variable: '', message: `unclosed "\${" in "${input}"` });
        out += input.slice(i);
        break;
      }
      out += substitute(input.slice(i + 2, end), vars, issues);
      i = end + 1;
      continue;
    }
    const m = NAME.exec(input.slice(i + 1));
    if (m) {
      out += lookup(m[0], vars, issues);
      i += 1 + m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function lookup(name: string, vars: Readonly<Record<string, string>>, issues: InterpolationIssue[]): string {
  if (Object.prototype.hasOwnProperty.call(vars, name)) return vars[name];
  issues.push({ kind: 'undefined', variable: name, message: `variable "${name}" is not set; it defaults to an empty string` });
  return '';
}

function substitute(body: string, vars: Readonly<Record<string, string>>, issues: InterpolationIssue[]): string {
  const m = NAME.exec(body);
  if (!m) {
    issues.push({ kind: 'syntax', variable: body, message: `invalid interpolation format "\${${body}}"` });
    return '';
  }
  const name = m[0];
  const rest = body.slice(name.length);
  const isSet = Object.prototype.hasOwnProperty.call(vars, name);
  const val = isSet ? vars[name] : undefined;
  if (rest === '') return lookup(name, vars, issues);
  const op = /^(:?[-?+])/.exec(rest)?.[1];
  if (!op) {
    issues.push({ kind: 'syntax', variable: name, message: `invalid interpolation format "\${${body}}"` });
    return '';
  }
  const arg = rest.slice(op.length);
  const colon = op.startsWith(':');
  const present = colon ? isSet && val !== '' : isSet;
  switch (op.slice(-1)) {
    case '-':
      return present ? (val as string) : expand(arg, vars, issues);
    case '+':
      return present ? expand(arg, vars, issues) : '';
    default: // '?'
      if (present) return val as string;
      issues.push({
        kind: 'required',
        variable: name,
        message: `required variable "${name}" is missing a value${arg ? `: ${expand(arg, vars, [])}` : ''}`,
      });
      return '';
  }
}
