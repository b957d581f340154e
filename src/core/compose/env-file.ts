/**
 * `.env` files as Docker Compose reads them: KEY=VALUE, optional `export `, `#` comments,
 * single quotes (literal), double quotes (with \n, \t, \\ and \" escapes), inline ` #` comments on
 * unquoted values, and ${VAR} references to variables defined earlier.
 */
import { interpolateString } from './interpolate';

export interface EnvFileProblem {
  line: number;
  message: string;
}

export function parseEnvFile(text: string, inherited: Readonly<Record<string, string>> = {}): { vars: Record<string, string>; problems: EnvFileProblem[] } {
  const vars: Record<string, string> = {};
  const problems: EnvFileProblem[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(trimmed);
    if (!m) {
      if (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(trimmed)) continue; // a bare name: no value, ignored like Compose does
      // The line is not quoted: an env file holds credentials, and a malformed line may be one.
      problems.push({ line: i + 1, message: 'expected KEY=VALUE, a comment or a bare name; the line is neither (not shown: env files hold credentials)' });
      continue;
    }
    const key = m[1];
    let value = m[2];
    if (value.startsWith("'")) {
      const end = value.indexOf("'", 1);
      value = end > 0 ? value.slice(1, end) : value.slice(1);
    } else if (value.startsWith('"')) {
      // A double-quoted value may span lines.
      let body = value.slice(1);
      while (!hasClosingQuote(body) && i + 1 < lines.length) body += `\n${lines[++i]}`;
      const end = closingQuote(body);
      body = end >= 0 ? body.slice(0, end) : body;
      value = body.replace(/\\([nrt"\\$])/g, (_m, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
      value = interpolateString(value, { ...inherited, ...vars }).value;
    } else {
      value = value.replace(/\s+#.*$/, '').trim();
      value = interpolateString(value, { ...inherited, ...vars }).value;
    }
    vars[key] = value;
  }
  return { vars, problems };
}

function closingQuote(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return -1;
}

function hasClosingQuote(s: string): boolean {
  return closingQuote(s) >= 0;
}
