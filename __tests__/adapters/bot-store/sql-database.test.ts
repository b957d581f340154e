import { importOptional } from '../../../src/adapters/bot-store/sql-database';
import { describeUrl } from '../../../src/adapters/bot-store/postgres-database';
import { UserError } from '../../../src/core/errors';

const notFound = (message: string, code = 'MODULE_NOT_FOUND'): Error => Object.assign(new Error(message), { code });

describe('importOptional', () => {
  test('returns the module that loads', async () => {
    await expect(importOptional('pg', 'a PostgreSQL server', async () => ({ Pool: 1 }))).resolves.toEqual({ Pool: 1 });
  });

  test.each([
    ['require', notFound("Cannot find module 'pg'\nRequire stack: ...")],
    ['import', notFound("Cannot find package 'pg' imported from /app/dist/bot/index.js", 'ERR_MODULE_NOT_FOUND')],
  ])('a package that is not installed (%s) is a UserError saying what to install', async (_how, error) => {
    const loading = importOptional('pg', 'a PostgreSQL server (DATABASE_URL)', () => Promise.reject(error));
    await expect(loading).rejects.toThrow(UserError);
    await expect(loading).rejects.toThrow('a PostgreSQL server (DATABASE_URL) needs the package pg, which is not installed');
    await expect(loading).rejects.toMatchObject({ hint: expect.stringContaining('npm install pg') });
  });

  test('any other failure is thrown as it is, a missing module inside the package too', async () => {
    const inner = notFound("Cannot find module './chunk.js'\nRequire stack:\n- /app/node_modules/@electric-sql/pglite/dist/index.cjs");
    await expect(importOptional('@electric-sql/pglite', 'the embedded database', () => Promise.reject(inner))).rejects.toBe(inner);
    const other = new Error('wasm failed');
    await expect(importOptional('@electric-sql/pglite', 'the embedded database', () => Promise.reject(other))).rejects.toBe(other);
  });
});

describe('describeUrl', () => {
  test('names host, port and database, never the user or password', () => {
    expect(describeUrl('postgresql://bot:s3cret@db.internal:5433/stackgate?sslmode=require')).toBe('db.internal:5433/stackgate');
    expect(describeUrl('postgres:///stackgate')).toBe('localhost/stackgate');
    expect(describeUrl('host=db password=s3cret')).toBe('DATABASE_URL (not a URL)');
  });
});
