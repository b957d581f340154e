/**
 * A cheap PromQL structure check: brackets, parentheses, braces and string quotes must balance.
 * It does not parse PromQL (promtool does, when installed); it catches the typos that make
 * Prometheus refuse the whole rule file.
 */

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** A human-readable description of the first structural problem, or undefined. */
export function findExpressionProblem(expr: string): string | undefined {
  const stack: string[] = [];
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (c === '#') {
      while (i < expr.length && expr[i] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < expr.length && expr[j] !== c) {
        if (c !== '`' && expr[j] === '\\') j++;
        else if (c !== '`' && expr[j] === '\n') break;
        j++;
      }
      if (j >= expr.length || expr[j] !== c) return `unterminated string starting with ${c}`;
      i = j;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (c in CLOSERS) {
      const open = stack.pop();
      if (open === undefined) return `unexpected "${c}" without a matching "${CLOSERS[c]}"`;
      if (open !== CLOSERS[c]) return `"${c}" closes "${open}"`;
    }
  }
  const open = stack.pop();
  return open ? `unclosed "${open}"` : undefined;
}
