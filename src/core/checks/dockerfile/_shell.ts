/**
 * The shell commands of a RUN instruction, split into simple commands with their words, for checks
 * that look for `apt-get install`, `curl ... | sh`, `cd` and friends. Not a full shell parser: it
 * knows quotes, escapes, line continuations, comments, `&& || ; | &`, subshells, `$(...)` and
 * redirections, which is what Dockerfile RUN lines use. Unknown syntax never throws.
 */
import type { Instruction } from 'dockerfile-ast';

export interface ShellCommand {
  /** Words with quotes removed, including leading `VAR=value` assignments and wrappers such as sudo. */
  words: string[];
  /** Commands joined by `|` share a pipeline number. */
  pipeline: number;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);

/** The shell script a RUN instruction executes: exec form joined, continuations and comment lines removed, heredoc bodies included. */
export function runScript(instruction: Instruction, escapeChar = '\\'): string {
  const raw = instruction.getRawArgumentsContent() ?? '';
  const trimmed = raw.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed) && parsed.every((p) => typeof p === 'string')) {
        // ["sh", "-c", "script"] runs the script; any other exec form is one command.
        const [first, flag, script] = parsed as string[];
        if (first && SHELLS.has(baseName(first)) && flag === '-c' && typeof script === 'string') return script;
        return (parsed as string[]).map(quoteWord).join(' ');
      }
    } catch {
      // Not valid JSON: Docker runs it in shell form, and so do we.
    }
  }
  const lines = raw.split(/\r?\n/);
  const heredoc = /<<(-?)\s*(["']?)([A-Za-z_][\w.-]*)\2/g;
  const first = lines[0] ?? '';
  const markers = [...first.matchAll(heredoc)];
  if (!markers.length) return joinContinuations(dropCommentLines(lines), escapeChar);
  // RUN <<EOF ... EOF (and RUN bash <<EOF): the bodies are shell; RUN python3 <<EOF feeds Python on stdin.
  const head = first.replace(heredoc, ' ').trim();
  const headCommand = head.split(/\s+/)[0] ?? '';
  const bodyIsShell = head === '' || SHELLS.has(baseName(headCommand)) || /^set\b/.test(head);
  const parts: string[] = [head];
  let i = 1;
  for (const m of markers) {
    const strip = m[1] === '-';
    const name = m[3];
    const body: string[] = [];
    for (; i < lines.length; i++) {
      const line = strip ? lines[i].replace(/^\t+/, '') : lines[i];
      if (line.trim() === name) {
        i++;
        break;
      }
      body.push(line);
    }
    const shebang = body[0]?.startsWith('#!') ? body[0] : '';
    if (bodyIsShell && (!shebang || /\b(ba|z|k|da|a)?sh\b/.test(shebang))) parts.push(joinContinuations(dropCommentLines(body), '\\'));
  }
  return parts.join('\n');
}

function dropCommentLines(lines: string[]): string[] {
  return lines.filter((l, i) => i === 0 || !/^\s*#/.test(l));
}

function joinContinuations(lines: string[], escapeChar: string): string {
  const out: string[] = [];
  let cur = '';
  for (const line of lines) {
    if (line.endsWith(escapeChar) && !line.endsWith(escapeChar + escapeChar)) cur += line.slice(0, -escapeChar.length) + ' ';
    else {
      out.push(cur + line);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out.join('\n');
}

function quoteWord(w: string): string {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}

export function baseName(word: string): string {
  const i = word.lastIndexOf('/');
  return i >= 0 ? word.slice(i + 1) : word;
}

/** Splits a shell script into simple commands. */
export function parseShell(script: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: string[] = [];
  let word: string | null = null;
  let pipeline = 0;
  let skipNextWord = false;
  const endWord = (): void => {
    if (word === null) return;
    if (skipNextWord) skipNextWord = false;
    else words.push(word);
    word = null;
  };
  const endCommand = (pipe: boolean): void => {
    endWord();
    skipNextWord = false;
    const cleaned = words.filter((w, i) => !(i === 0 && (w === '{' || w === '}' || w === '!')) && w !== '}');
    if (cleaned.length) commands.push({ words: cleaned, pipeline });
    words = [];
    if (!pipe) pipeline++;
  };
  const s = script;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      if (s[i + 1] === '\n') {
        i++;
        continue;
      }
      word = (word ?? '') + (s[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === "'") {
      const end = s.indexOf("'", i + 1);
      const stop = end < 0 ? s.length : end;
      word = (word ?? '') + s.slice(i + 1, stop);
      i = stop;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let text = '';
      while (j < s.length && s[j] !== '"') {
        if (s[j] === '\\' && j + 1 < s.length && '"\\$`\n'.includes(s[j + 1])) {
          if (s[j + 1] !== '\n') text += s[j + 1];
          j += 2;
          continue;
        }
        text += s[j];
        j++;
      }
      word = (word ?? '') + text;
      i = j;
      continue;
    }
    if (c === '#' && word === null) {
      while (i < s.length && s[i] !== '\n') i++;
      endCommand(false);
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      endWord();
      continue;
    }
    if (c === '\n' || c === ';' || c === '(' || c === ')' || c === '`') {
      endCommand(false);
      continue;
    }
    if (c === '$' && s[i + 1] === '(') {
      // $(cmd): the substitution is a command of its own; the word before it ends.
      endWord();
      endCommand(false);
      i++;
      continue;
    }
    if (c === '&' || c === '|') {
      const next = s[i + 1];
      if (c === '|' && next !== '|') {
        if (next === '&') i++;
        endCommand(true);
        continue;
      }
      if (c === '&' && next === '>') {
        // &> file
        endWord();
        i++;
        if (s[i + 1] === '>') i++;
        skipNextWord = true;
        continue;
      }
      if (next === c) i++;
      endCommand(false);
      continue;
    }
    if (c === '>' || c === '<') {
      // Redirection: drop a file-descriptor prefix (2>) and the target word.
      if (word !== null && /^\d+$/.test(word)) word = null;
      endWord();
      while (s[i + 1] === '>' || s[i + 1] === '<') i++;
      if (s[i + 1] === '&') {
        i++;
        while (i + 1 < s.length && /[\d-]/.test(s[i + 1])) i++;
        continue;
      }
      skipNextWord = true;
      continue;
    }
    word = (word ?? '') + c;
  }
  endCommand(false);
  return commands;
}

const WRAPPERS = new Set(['sudo', 'env', 'time', 'nohup', 'exec', 'command', 'builtin', 'nice', 'doas', 'su-exec', 'gosu']);
const WRAPPER_ARG_FLAGS = new Set(['-u', '-g', '-n', '-C']);

/** The words of the command itself: leading `VAR=value` assignments and wrappers (sudo, env, exec ...) removed. */
export function commandWords(words: readonly string[]): string[] {
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) {
      i++;
      continue;
    }
    if (WRAPPERS.has(baseName(w))) {
      const wrapper = baseName(w);
      i++;
      while (i < words.length && words[i].startsWith('-')) i += WRAPPER_ARG_FLAGS.has(words[i]) ? 2 : 1;
      // gosu/su-exec take a user first.
      if ((wrapper === 'gosu' || wrapper === 'su-exec') && i < words.length) i++;
      continue;
    }
    break;
  }
  return words.slice(i);
}

/** The parsed commands of one RUN instruction, with the command word normalised (`/usr/bin/apt-get` -> `apt-get`). */
export function runCommands(instruction: Instruction, escapeChar = '\\'): { raw: ShellCommand; words: string[]; name: string }[] {
  return parseShell(runScript(instruction, escapeChar)).map((raw) => {
    const words = commandWords(raw.words);
    return { raw, words, name: words.length ? baseName(words[0]) : '' };
  });
}

/** Flags whose value is the next word (`apt-get -o Opt=1`, `npm --prefix dir`). */
const VALUE_FLAGS = new Set(['-o', '-c', '-t', '--prefix', '--registry', '--cache', '--userconfig', '--workspace', '-w', '--target', '--root']);

/** Positional (non-flag) words after the command name. */
export function positionals(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (VALUE_FLAGS.has(w)) i++;
    else if (!w.startsWith('-')) out.push(w);
  }
  return out;
}

/** `apt-get install`, `apk add`, `pip install`: whether the first positional word is the subcommand. */
export function hasSubcommand(words: readonly string[], ...subcommands: string[]): boolean {
  const first = positionals(words)[0];
  return first !== undefined && subcommands.includes(first);
}
