/**
 * `${VAR}` and `${VAR:-default}` in smoke targets, read from the environment the entry point
 * passes in. Every value substituted into a header or a command's environment, and into a URL
 * from a secret-looking variable, is returned for masking: it is never printed.
 */
import { UserError } from '../errors';

export interface Expanded {
  value: string;
  /** Substituted values that must be masked. */
  secrets: string[];
}

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)-([^}]*))?\}/g;
export const SECRET_NAME = /(TOKEN|KEY|SECRET|PASSWORD|PASSWD|PASS|AUTH|CREDENTIAL|BEARER|COOKIE|SESSION)/i;

export function expandTemplate(text: string, env: Readonly<Record<string, string | undefined>>, where: string, mode: 'secret' | 'url'): Expanded {
  const secrets: string[] = [];
  const value = text.replace(REFERENCE, (_m, name: string, colon: string | undefined, fallback: string | undefined) => {
    // As in shells and Compose: `${VAR:-default}` also replaces an empty value, `${VAR-default}` only an unset one.
    const v = colon && env[name] === '' ? fallback : (env[name] ?? fallback);
    if (v === undefined)
      throw new UserError(`${where}: \${${name}} is not set in the environment`, {
        hint: `export ${name} (in a workflow: env: { ${name}: \${{ secrets.${name} }} })`,
      });
    if (v && (mode === 'secret' || SECRET_NAME.test(name))) secrets.push(v);
    return v;
  });
  return { value, secrets };
}

/** A URL as it may be shown: no user info, secret-looking query values replaced. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.username || u.password) {
      u.username = u.username ? '***' : '';
      u.password = u.password ? '***' : '';
    }
    for (const key of [...u.searchParams.keys()]) if (SECRET_NAME.test(key)) u.searchParams.set(key, '***');
    return u.toString();
  } catch {
    // Not parseable: still hide user info.
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@');
  }
}

/** Replaces every secret (longest first) in a text. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of [...new Set(secrets)].filter((x) => x.length >= 3).sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
  return out;
}
