/**
 * Code, not a literal: what the generic detectors must not take for a secret although it sits where
 * one could (`token = client.createToken()`, `` `secret:${id}` ``, `kind===57`, `token: AccessToken2)`).
 * Which files are source code, where an unquoted word is a name: by extension, or by the
 * interpreter a script names on its first line.
 */
import { isWordy } from './wordy';

/** Where a candidate value sits. */
export interface CodeContext {
  /** Whether the value was inside quotes (a string literal, not an expression). */
  quoted: boolean;
  /** The characters right after the value on its line (`(` of a call, `{` of a literal, ` + x`). */
  after: string;
  /** Whether the file is source code (isSourceCode). */
  code?: boolean;
}

const IDENTIFIER_CHAIN = /^[&*]?[A-Za-z_$@][\w$@]*(?:(?:\.|::|\?\.|!\.|->)[A-Za-z_$][\w$]*)*(?:<[\w.,:<> *&]*>)?[!?]?$/;

/**
 * An expression, not a literal: a call (`secretmanager_v1.SecretManagerServiceClient()`,
 * `std.extVar('x')`, `base64decode(…)`, `std::make_shared<oauth::TokenSet>(…)`), a struct or object
 * literal (`&api.Secret{}`), an index (`Configuration["ApiKey"]`), member access made of words
 * (`random_password.db.result`), concatenation with an identifier, a CUE definition or JSON pointer
 * (`#Secret`, `#/definitions/X`), a string with interpolation (`` `secret:${id}` ``, `"tok-#{id}"`,
 * `"secret:%s" % id`), a generic type (`Secret<string>`), and in source code any name that reads as
 * words (`token: AccessToken2)`; a random token in a comment of the code is still a literal).
 */
export function isCodeExpression(v: string, c: CodeContext): boolean {
  if (/^#[A-Za-z_/]/.test(v)) return true;
  if (isInterpolated(v, c.after)) return true;
  // Concatenation after a closing quote (`"Unexpected token: "+t.type+`): the quote was the string's end.
  const joined = JOINED_NAME.exec(v);
  if (c.code && joined && isWordy(joined[1])) return true;
  if (c.quoted) return false;
  // A comparison read as `=` and a value (`kind===57`), a condition, a default or an arrow function.
  if (/^=|&&|\|\||\?\?|[=!]==|=>|==(?!=*$)/.test(v)) return true;
  if (c.code && (isOperatorExpression(v) || isTypePosition(v))) return true;
  if (!IDENTIFIER_CHAIN.test(v)) return false;
  if (/^[&*]/.test(v) || /[!?]\./.test(v)) return true;
  // A type with arguments (`Secret<string>`), and in source code any name that reads as words (`AccessToken2`).
  if ((/<.*>$/.test(v) || c.code) && isWordy(v.replace(/<.*>$/, ''))) return true;
  if (/^\s*(?:[({[<]|\+\s*[A-Za-z_$]|\?\?|\|\|)/.test(c.after)) return true;
  // Member access: every part a word, as code names things (`cfg.db.password_v2`); a token's parts are random.
  return /\.|::|->/.test(v) && isWordy(v);
}

const OPERATOR = /[=!]==?|[<>]=?|[?:&|*%!^~]/g;
/** A name or member access: `t.type`, `options.revision`. */
const DOTTED_NAME_SOURCE = String.raw`[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*`;
const DOTTED_NAME = new RegExp(`^${DOTTED_NAME_SOURCE}$`);
/** What follows a closing quote in a concatenation: `+t.type+`. */
const JOINED_NAME = new RegExp(String.raw`^\+\s*(${DOTTED_NAME_SOURCE})\s*\+?$`);

/** Operands joined by operators: `e?e.substring`, `flags&16?x.create`, `P=>makeNode` (a colon alone is a `user:password` pair). */
function isOperatorExpression(v: string): boolean {
  const operators = v.match(OPERATOR);
  if (!operators || operators.every((o) => o === ':')) return false;
  const operands = v.split(OPERATOR).filter(Boolean);
  return (
    operands.length >= 2 && operands.every((o) => /^\d+(?:\.\d+)?$/.test(o) || DOTTED_NAME.test(o)) && operands.some((o) => /[A-Za-z]{4}/.test(o) && isWordy(o))
  );
}

/** A type being written: `z.ZodOptional<…`, `Operation<…`, a default `= RuleOptions>` (the value stops at a space or quote). */
function isTypePosition(v: string): boolean {
  const head = /^([A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*)*)[<>]/.exec(v);
  return head !== null && isWordy(head[1]);
}

/**
 * A string built from parts: the value runs into an interpolation (`${`, Ruby's `#{`, where the
 * value stops at `{`), or holds printf verbs (`%s`, `%(name)s`) among words.
 */
function isInterpolated(v: string, after: string): boolean {
  if (/[$#]$/.test(v) && after.startsWith('{')) return true;
  const verbs = /%(?:\(\w{1,32}\))?[-+ 0#]?\d{0,3}(?:\.\d{1,3})?[sdvqxfi]/g;
  if (!verbs.test(v)) return false;
  const rest = v.replace(verbs, '');
  return rest === '' || isWordy(rest);
}

/**
 * Extensions of languages (and schema languages, and source maps) in which an unquoted word is a
 * name (a variable, a type), never a string.
 */
const SOURCE_CODE =
  /\.(?:[cm]?[jt]sx?|py|pyi|go|rs|java|kt|kts|scala|groovy|cs|fs|c|cc|cpp|cxx|h|hh|hpp|hxx|m|mm|swift|dart|rb|php|lua|ex|exs|erl|hs|ml|clj|cue|jsonnet|libsonnet|tf|hcl|nix|zig|vue|svelte|graphqls?|gql|proto|prisma|thrift|map)$/i;
/** A script without an extension that names its interpreter: `#!/usr/bin/env node` (not a shell, where words are literals). */
const INTERPRETER = /^#![^\n]{0,64}\b(?:node|deno|bun|python[\d.]*|ruby|perl|php)\b/;

/** Whether a file is source code, by its extension or its first line. */
export function isSourceCode(file: string, text = ''): boolean {
  return SOURCE_CODE.test(file) || INTERPRETER.test(text.slice(0, 100));
}
