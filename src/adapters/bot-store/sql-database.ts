/**
 * The few things the bot's storage needs from a PostgreSQL connection, so the same SQL and
 * migrations run on the embedded database (pglite-database.ts) and on a server (postgres-database.ts).
 */
import { UserError } from '../../core/errors';

export interface SqlQueryable {
  /** One statement with `$1`-style parameters; the rows it returns. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements separated by semicolons, without parameters (migrations). */
  exec(text: string): Promise<void>;
}

export interface SqlDatabase extends SqlQueryable {
  /** Runs `fn` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Which database, for logs and errors (never a password). */
  readonly description: string;
}

/**
 * Loads a package the bot needs but the bundles leave out (an optional peer dependency): a missing
 * package becomes a UserError that says what to install, anything else is thrown as it is.
 */
export async function importOptional<T>(packageName: string, purpose: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    const message = e instanceof Error ? e.message : '';
    // The package itself, not a file it requires (whose message names the package in its require stack).
    const isThePackage = message.startsWith(`Cannot find module '${packageName}'`) || message.startsWith(`Cannot find package '${packageName}'`);
    if ((code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') && isThePackage) {
      throw new UserError(`${purpose} needs the package ${packageName}, which is not installed`, {
        hint: `npm install ${packageName} next to stackgate (it is an optional peer dependency, left out of the bundles)`,
      });
    }
    throw e;
  }
}
