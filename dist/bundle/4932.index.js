"use strict";
exports.id = 4932;
exports.ids = [4932];
exports.modules = {

/***/ 64649:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.newAuditId = void 0;
exports.sqlAuditStore = sqlAuditStore;
/**
 * Audit records of the bot's verdicts, as JSON, under random ids: an id ends up in a public link
 * (the protection rule's comment), so it is 144 random bits, not a sequence number.
 */
const node_crypto_1 = __webpack_require__(77598);
/** 24 characters of base64url. */
const newAuditId = () => (0, node_crypto_1.randomBytes)(18).toString('base64url');
exports.newAuditId = newAuditId;
function sqlAuditStore(db) {
    return {
        async save(record) {
            const id = (0, exports.newAuditId)();
            await db.query('INSERT INTO stackgate_audits (id, record) VALUES ($1, $2::json)', [id, JSON.stringify(record) ?? 'null']);
            return id;
        },
        async get(id) {
            const rows = await db.query('SELECT record FROM stackgate_audits WHERE id = $1', [id]);
            return rows.length ? rows[0].record : undefined;
        },
    };
}


/***/ }),

/***/ 47352:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LOCK_FILE = void 0;
exports.lockDataDir = lockDataDir;
/**
 * One process per embedded database: pglite is PostgreSQL in a single process, and two of them on
 * one data directory corrupt it (pglite itself does not refuse). The lock is a file in the
 * directory naming the process and host that hold it. A lock whose process is gone (a crash, a
 * restarted container) is taken over; a live holder on this host, or this process itself, is refused.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_os_1 = __importDefault(__webpack_require__(48161));
const node_path_1 = __importDefault(__webpack_require__(76760));
const errors_1 = __webpack_require__(74296);
const process_alive_1 = __webpack_require__(81801);
exports.LOCK_FILE = 'stackgate-bot.lock';
/** Data directories this process holds (by real path). */
const heldHere = new Set();
/** Takes the lock of `dir` (which must exist) and returns the function that releases it. */
function lockDataDir(dir, log) {
    const key = node_fs_1.default.realpathSync(dir);
    const file = node_path_1.default.join(key, exports.LOCK_FILE);
    const me = { pid: process.pid, host: node_os_1.default.hostname() };
    const inUse = (who) => new errors_1.UserError(`the bot's data directory ${dir} is in use by ${who}`, {
        hint: 'run one bot process per data directory (STACKGATE_DATA_DIR), or share a PostgreSQL server between replicas (DATABASE_URL)',
    });
    if (heldHere.has(key))
        throw inUse('this process');
    for (let attempt = 1;; attempt++) {
        try {
            node_fs_1.default.writeFileSync(file, `${JSON.stringify(me)}\n`, { flag: 'wx' });
            break;
        }
        catch (e) {
            if (e.code !== 'EEXIST' || attempt > 2)
                throw e;
        }
        const holder = readHolder(file);
        if (holder && holder.host === me.host && holder.pid !== me.pid && (0, process_alive_1.isProcessAlive)(holder.pid))
            throw inUse(`process ${holder.pid}`);
        log.warning(holder
            ? `${dir}: taking over the lock of process ${holder.pid} on ${holder.host}, which is gone (it stopped without releasing it)`
            : `${dir}: replacing an unreadable lock file ${exports.LOCK_FILE}`);
        node_fs_1.default.rmSync(file, { force: true });
    }
    heldHere.add(key);
    let released = false;
    return () => {
        if (released)
            return;
        released = true;
        heldHere.delete(key);
        const holder = readHolder(file);
        if (holder?.pid === me.pid && holder.host === me.host)
            node_fs_1.default.rmSync(file, { force: true });
    };
}
function readHolder(file) {
    try {
        const value = JSON.parse(node_fs_1.default.readFileSync(file, 'utf8'));
        return typeof value.pid === 'number' && typeof value.host === 'string' ? { pid: value.pid, host: value.host } : undefined;
    }
    catch {
        // Gone or half written: the caller treats it as no holder, and says so.
        return undefined;
    }
}


/***/ }),

/***/ 92830:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JOB_STATES = void 0;
exports.sqlDeliveryQueue = sqlDeliveryQueue;
exports.JOB_STATES = ['queued', 'running', 'done', 'dead'];
const COLUMNS = 'id, delivery_id, event, action, installation_id, repository, payload, state, attempts, received_at, due_at, worker_id, claimed_at, lease_until, finished_at, outcome, error';
/** `now()` plus a parameter in milliseconds. */
const later = (param) => `now() + ${param}::double precision * interval '1 millisecond'`;
function sqlDeliveryQueue(db, log) {
    /** Ends the job's lease with `set` (a SET list; $3 and on are `params`) while `workerId` holds it; warns when it does not. */
    const whileHeld = async (what, jobId, workerId, set, params) => {
        const rows = await db.query(`UPDATE stackgate_jobs SET ${set}, lease_until = NULL
       WHERE id = $1 AND worker_id = $2 AND state = 'running'
       RETURNING id`, [jobId, workerId, ...params]);
        if (rows.length === 0)
            log.warning(`job ${jobId}: not ${what}, worker ${workerId} no longer holds it (its lease expired and another worker claimed it, or it ended)`);
    };
    return {
        async enqueue(d) {
            const rows = await db.query(`INSERT INTO stackgate_jobs (delivery_id, event, action, installation_id, repository, payload)
         VALUES ($1, $2, $3, $4, $5, $6::json)
         ON CONFLICT (delivery_id) DO NOTHING
         RETURNING id`, [d.deliveryId, d.event, d.action ?? null, d.installationId ?? null, d.repository ?? null, JSON.stringify(d.payload) ?? 'null']);
            return rows.length ? 'queued' : 'duplicate';
        },
        async claim(workerId, leaseMs) {
            const rows = await db.query(`UPDATE stackgate_jobs
         SET state = 'running', worker_id = $1, attempts = attempts + 1, claimed_at = now(), lease_until = ${later('$2')}
         WHERE id = (
           SELECT id FROM stackgate_jobs
           WHERE (state = 'queued' AND due_at <= now()) OR (state = 'running' AND lease_until <= now())
           ORDER BY due_at, id
           LIMIT 1
           FOR UPDATE SKIP LOCKED
         )
         RETURNING ${COLUMNS}`, [workerId, leaseMs]);
            if (!rows.length)
                return undefined;
            return { ...toJobFields(rows[0]), claimedAt: rows[0].claimed_at };
        },
        async extend(jobId, workerId, leaseMs) {
            const rows = await db.query(`UPDATE stackgate_jobs SET lease_until = ${later('$3')}
         WHERE id = $1 AND worker_id = $2 AND state = 'running'
         RETURNING id`, [jobId, workerId, leaseMs]);
            return rows.length > 0;
        },
        complete: (jobId, workerId, outcome) => whileHeld('completed', jobId, workerId, "state = 'done', outcome = $3, finished_at = now()", [outcome]),
        fail: (jobId, workerId, error, retryInMs) => retryInMs === undefined
            ? whileHeld('given up', jobId, workerId, "state = 'dead', error = $3, finished_at = now()", [error])
            : whileHeld('queued for a retry', jobId, workerId, `state = 'queued', error = $3, due_at = ${later('$4')}`, [error, Math.max(0, retryInMs)]),
        async depth() {
            const rows = await db.query('SELECT state, count(*) AS jobs FROM stackgate_jobs GROUP BY state');
            const depth = Object.fromEntries(exports.JOB_STATES.map((s) => [s, 0]));
            for (const r of rows)
                depth[r.state] = Number(r.jobs);
            return depth;
        },
        async get(deliveryId) {
            const rows = await db.query(`SELECT ${COLUMNS} FROM stackgate_jobs WHERE delivery_id = $1`, [deliveryId]);
            return rows.length ? toRecord(rows[0]) : undefined;
        },
    };
}
const optional = (key, value) => (value === null ? {} : { [key]: value });
/** The fields of a Job but claimedAt: bigint columns (strings from `pg`) as numbers, NULL as absent. */
function toJobFields(row) {
    return {
        id: Number(row.id),
        deliveryId: row.delivery_id,
        event: row.event,
        ...optional('action', row.action),
        ...optional('installationId', row.installation_id === null ? null : Number(row.installation_id)),
        ...optional('repository', row.repository),
        payload: row.payload,
        attempts: Number(row.attempts),
        receivedAt: row.received_at,
    };
}
function toRecord(row) {
    return {
        ...toJobFields(row),
        state: row.state,
        dueAt: row.due_at,
        ...optional('claimedAt', row.claimed_at),
        ...optional('workerId', row.worker_id),
        ...optional('leaseUntil', row.lease_until),
        ...optional('outcome', row.outcome),
        ...optional('error', row.error),
        ...optional('finishedAt', row.finished_at),
    };
}


/***/ }),

/***/ 921:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MIGRATIONS = void 0;
exports.migrate = migrate;
exports.MIGRATIONS = [
    {
        version: 1,
        name: 'deliveries queue and audit records',
        sql: `
      CREATE TABLE stackgate_jobs (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        delivery_id text NOT NULL UNIQUE,
        event text NOT NULL,
        action text,
        installation_id bigint,
        repository text,
        payload json NOT NULL,
        state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'dead')),
        attempts integer NOT NULL DEFAULT 0,
        received_at timestamptz NOT NULL DEFAULT now(),
        due_at timestamptz NOT NULL DEFAULT now(),
        worker_id text,
        claimed_at timestamptz,
        lease_until timestamptz,
        finished_at timestamptz,
        outcome text,
        error text
      );
      CREATE INDEX stackgate_jobs_due ON stackgate_jobs (due_at, id) WHERE state = 'queued';
      CREATE INDEX stackgate_jobs_lease ON stackgate_jobs (lease_until) WHERE state = 'running';
      CREATE INDEX stackgate_jobs_state ON stackgate_jobs (state);
      CREATE TABLE stackgate_audits (
        id text PRIMARY KEY,
        record json NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `,
    },
];
/** Any number, the same in every replica: the key of the advisory lock migrations hold. */
const MIGRATION_LOCK = 7_315_201_611;
/** Applies the migrations the database lacks; returns the versions it applied. */
async function migrate(db, log, migrations = exports.MIGRATIONS) {
    const done = await db.transaction(async (tx) => {
        await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
        await tx.exec(`
      CREATE TABLE IF NOT EXISTS stackgate_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
        const rows = await tx.query('SELECT version FROM stackgate_migrations');
        const applied = new Set(rows.map((r) => Number(r.version)));
        const known = new Set(migrations.map((m) => m.version));
        const newer = [...applied].filter((v) => !known.has(v));
        if (newer.length)
            log.warning(`${db.description} has migrations this stackgate does not know (${newer.join(', ')}): a newer version migrated it`);
        const done = [];
        for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
            if (applied.has(m.version))
                continue;
            await tx.exec(m.sql);
            await tx.query('INSERT INTO stackgate_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
            done.push(m);
        }
        return done;
    });
    for (const m of done)
        log.info(`${db.description}: applied migration ${m.version} (${m.name})`);
    return done.map((m) => m.version);
}


/***/ }),

/***/ 511:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.openPgliteDatabase = openPgliteDatabase;
/**
 * The embedded database: PostgreSQL compiled to WebAssembly (@electric-sql/pglite) keeping its
 * files in a data directory. Nothing to install or run, one process per directory (data-dir-lock.ts).
 * The package is loaded when the bot starts, not bundled (15 MB of wasm).
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const data_dir_lock_1 = __webpack_require__(47352);
const sql_database_1 = __webpack_require__(86930);
async function openPgliteDatabase(dataDir, log) {
    const pglite = await (0, sql_database_1.importOptional)('@electric-sql/pglite', 'the embedded database (no DATABASE_URL set)', () => Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 19517, 23)));
    const PGliteClass = pglite.PGlite ?? pglite.default.PGlite;
    const dir = node_path_1.default.resolve(dataDir);
    node_fs_1.default.mkdirSync(dir, { recursive: true });
    const release = (0, data_dir_lock_1.lockDataDir)(dir, log);
    const started = Date.now();
    let db;
    try {
        db = await PGliteClass.create(dir);
    }
    catch (e) {
        release();
        throw e;
    }
    log.debug(`embedded database in ${dir} opened in ${Date.now() - started} ms`);
    const queryable = (q) => ({
        query: async (text, params) => (await q.query(text, params ? [...params] : undefined)).rows,
        exec: async (text) => void (await q.exec(text)),
    });
    let closing;
    return {
        ...queryable(db),
        description: `the embedded database in ${dir}`,
        transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
        close: () => (closing ??= (async () => {
            try {
                await db.close();
            }
            finally {
                release();
            }
        })()),
    };
}


/***/ }),

/***/ 66677:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.openPostgresDatabase = openPostgresDatabase;
exports.describeUrl = describeUrl;
const errors_1 = __webpack_require__(74296);
const sql_database_1 = __webpack_require__(86930);
async function openPostgresDatabase(databaseUrl, log) {
    const pg = await (0, sql_database_1.importOptional)('pg', 'a PostgreSQL server (DATABASE_URL)', () => Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 48150, 23)));
    const PoolClass = pg.Pool ?? pg.default.Pool;
    const description = `PostgreSQL at ${describeUrl(databaseUrl)}`;
    const pool = new PoolClass({ connectionString: databaseUrl });
    // An idle connection that breaks (a server restart) is dropped by the pool; without a listener
    // the 'error' event would end the process.
    pool.on('error', (e) => log.warning(`${description}: an idle connection failed: ${e.message}`));
    const started = Date.now();
    try {
        await pool.query('SELECT 1');
    }
    catch (e) {
        await pool.end();
        throw new errors_1.UserError(`cannot connect to ${description}: ${e instanceof Error ? e.message : String(e)}`, {
            hint: 'check DATABASE_URL (postgresql://user:password@host:port/database) and that the server accepts connections from here',
        });
    }
    log.debug(`connected to ${description} in ${Date.now() - started} ms`);
    const queryable = (q) => ({
        query: async (text, params) => (await q.query(text, params ? [...params] : undefined)).rows,
        exec: async (text) => void (await q.query(text)),
    });
    let closing;
    return {
        ...queryable(pool),
        description,
        async transaction(fn) {
            const client = await pool.connect();
            let broken;
            try {
                await client.query('BEGIN');
                const result = await fn(queryable(client));
                await client.query('COMMIT');
                return result;
            }
            catch (e) {
                await client.query('ROLLBACK').catch((rollback) => {
                    // The connection is unusable: the pool discards it on release.
                    broken = rollback;
                    log.debug(`${description}: ROLLBACK failed (${rollback.message}); dropping the connection`);
                });
                throw e;
            }
            finally {
                client.release(broken);
            }
        },
        close: () => (closing ??= pool.end()),
    };
}
/** `host:port/database` of a connection string, without the user and password. */
function describeUrl(databaseUrl) {
    try {
        const url = new URL(databaseUrl);
        return `${url.host || 'localhost'}${url.pathname}`;
    }
    catch {
        return 'DATABASE_URL (not a URL)';
    }
}


/***/ }),

/***/ 86930:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.importOptional = importOptional;
/**
 * The few things the bot's storage needs from a PostgreSQL connection, so the same SQL and
 * migrations run on the embedded database (pglite-database.ts) and on a server (postgres-database.ts).
 */
const errors_1 = __webpack_require__(74296);
/**
 * Loads a package the bot needs but the bundles leave out (an optional peer dependency): a missing
 * package becomes a UserError that says what to install, anything else is thrown as it is.
 */
async function importOptional(packageName, purpose, load) {
    try {
        return await load();
    }
    catch (e) {
        const code = e?.code;
        const message = e instanceof Error ? e.message : '';
        // The package itself, not a file it requires (whose message names the package in its require stack).
        const isThePackage = message.startsWith(`Cannot find module '${packageName}'`) || message.startsWith(`Cannot find package '${packageName}'`);
        if ((code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') && isThePackage) {
            throw new errors_1.UserError(`${purpose} needs the package ${packageName}, which is not installed`, {
                hint: `npm install ${packageName} next to stackgate (it is an optional peer dependency, left out of the bundles)`,
            });
        }
        throw e;
    }
}


/***/ }),

/***/ 25623:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_DATA_DIR = void 0;
exports.openBotStore = openBotStore;
const audit_store_1 = __webpack_require__(64649);
const delivery_queue_1 = __webpack_require__(92830);
const migrations_1 = __webpack_require__(921);
const pglite_database_1 = __webpack_require__(511);
const postgres_database_1 = __webpack_require__(66677);
exports.DEFAULT_DATA_DIR = './.stackgate-bot';
const quiet = { debug() { }, info() { }, warning() { }, error() { }, group: (_name, fn) => fn() };
async function openBotStore(options) {
    const log = options.log ?? quiet;
    const db = options.databaseUrl ? await (0, postgres_database_1.openPostgresDatabase)(options.databaseUrl, log) : await (0, pglite_database_1.openPgliteDatabase)(options.dataDir ?? exports.DEFAULT_DATA_DIR, log);
    try {
        await (0, migrations_1.migrate)(db, log);
    }
    catch (e) {
        await db.close();
        throw e;
    }
    log.info(`bot storage: ${db.description}`);
    return {
        queue: (0, delivery_queue_1.sqlDeliveryQueue)(db, log),
        audits: (0, audit_store_1.sqlAuditStore)(db),
        async ping() {
            try {
                return (await db.query('SELECT 1 AS ok')).length === 1;
            }
            catch (e) {
                log.warning(`${db.description}: SELECT 1 failed: ${e instanceof Error ? e.message : String(e)}`);
                return false;
            }
        },
        close: () => db.close(),
    };
}


/***/ }),

/***/ 77292:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkPrivateKey = checkPrivateKey;
exports.createAppAuthenticator = createAppAuthenticator;
/**
 * The GitHub App's credentials: its private key (checked to be an RSA private key when loaded) and
 * installation tokens, from `@octokit/auth-app` (App JWTs signed RS256, one installation token per
 * installation, cached until shortly before it expires). Tokens are handed out as strings, so every
 * use case that takes a token (the ledger, the gate's reads, the sticky comment) works unchanged.
 */
const node_crypto_1 = __webpack_require__(77598);
const auth_app_1 = __webpack_require__(76479);
const request_1 = __webpack_require__(2053);
const errors_1 = __webpack_require__(74296);
const api_error_1 = __webpack_require__(93073);
const client_1 = __webpack_require__(45423);
/** A UserError naming the variable when the key is not an RSA private key. */
function checkPrivateKey(pem, where) {
    let type;
    try {
        const key = (0, node_crypto_1.createPrivateKey)(pem);
        type = key.asymmetricKeyType;
    }
    catch (e) {
        throw new errors_1.UserError(`${where}: not a private key in PEM format (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`, {
            hint: 'use the .pem file GitHub generated for the App',
        });
    }
    if (type !== 'rsa')
        throw new errors_1.UserError(`${where}: a GitHub App key is an RSA key, this one is ${type ?? 'unknown'}`);
}
function createAppAuthenticator(credentials, fetchImpl) {
    const baseUrl = (credentials.apiUrl?.trim() || client_1.DEFAULT_API_URL).replace(/\/+$/, '');
    const auth = (0, auth_app_1.createAppAuth)({
        appId: credentials.appId,
        privateKey: credentials.privateKey,
        request: request_1.request.defaults({ baseUrl, headers: { 'x-github-api-version': '2022-11-28' }, ...(fetchImpl ? { request: { fetch: fetchImpl } } : {}) }),
    });
    return {
        appId: credentials.appId,
        async installationToken(installationId) {
            try {
                const result = await auth({ type: 'installation', installationId });
                return result.token;
            }
            catch (e) {
                throw (0, api_error_1.toGitHubApiError)(e, `get an installation token for installation ${installationId}`) ?? e;
            }
        },
    };
}


/***/ }),

/***/ 22907:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readFileAt = readFileAt;
exports.downloadTree = downloadTree;
/**
 * A repository at a commit, read through the API (the GitHub App has no checkout): one file by the
 * contents API, or the whole tree from the commit's tarball, extracted into a directory with the
 * system `tar` (GNU tar drops leading `/` and `..` members and creates symlinks last).
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const errors_1 = __webpack_require__(74296);
const bounded_process_1 = __webpack_require__(6381);
const api_error_1 = __webpack_require__(93073);
/** A file's text at `ref`, or undefined when there is no such file (404, or a directory). */
async function readFileAt(octokit, repository, file, ref) {
    try {
        const { data } = await octokit.rest.repos.getContent({ ...repository, path: file, ref });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
            return undefined;
        return Buffer.from(data.content, data.encoding || 'base64').toString('utf8');
    }
    catch (e) {
        if (e.status === 404)
            return undefined;
        throw (0, api_error_1.toGitHubApiError)(e, `read ${file} at ${ref.slice(0, 7)}`) ?? e;
    }
}
/** Extracts the repository at `ref` into `dir` (created; the tarball's top-level directory stripped). */
async function downloadTree(octokit, repository, ref, dir, limits) {
    let data;
    try {
        ({ data } = await octokit.request('GET /repos/{owner}/{repo}/tarball/{ref}', { ...repository, ref, headers: { accept: 'application/x-gzip' } }));
    }
    catch (e) {
        throw (0, api_error_1.toGitHubApiError)(e, `download ${repository.owner}/${repository.repo} at ${ref.slice(0, 7)}`) ?? e;
    }
    const bytes = data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.isBuffer(data) ? data : undefined;
    if (!bytes)
        throw new Error(`the tarball of ${ref.slice(0, 7)} came back as ${typeof data}, not bytes`);
    if (bytes.byteLength > limits.maxBytes)
        throw new errors_1.UserError(`the repository at ${ref.slice(0, 7)} is ${bytes.byteLength} bytes compressed, over the limit of ${limits.maxBytes}`);
    node_fs_1.default.mkdirSync(dir, { recursive: true });
    const archive = node_path_1.default.join(dir, '..', `${node_path_1.default.basename(dir)}.tar.gz`);
    node_fs_1.default.writeFileSync(archive, bytes, { mode: 0o600 });
    try {
        const result = await (0, bounded_process_1.runBounded)('tar', ['-xzf', archive, '-C', dir, '--strip-components=1', '--no-same-owner', '--no-same-permissions', '--warning=no-unknown-keyword'], { deadline: limits.deadline, maxOutputBytes: 64 * 1024 });
        if (result.code !== 0)
            throw new Error(`tar could not extract the repository at ${ref.slice(0, 7)}${result.killed ? ` (${result.killed})` : ''}: ${result.stderr.trim().slice(0, 300)}`);
    }
    finally {
        node_fs_1.default.rmSync(archive, { force: true });
    }
}


/***/ }),

/***/ 16015:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CommentPermissionError = void 0;
exports.upsertStickyComment = upsertStickyComment;
/**
 * One comment per pull request (or issue) and key, found again by a hidden first line
 * `<!-- stackgate:<key> -->` and updated in place on every run.
 *
 * - Whose comment it is: only comments written by the token's own account (compared by user id)
 *   are ever edited or deleted. Anyone can post a comment that starts with the marker; such a
 *   comment is skipped, and the search goes on to ours. The account is asked of GitHub
 *   (token-identity.ts) once a page holds a comment with the marker; when GitHub does not say,
 *   no existing comment is touched: a new one is posted, and its author stands in for the account.
 * - Finding it: comments are listed 100 per page, oldest first, and the listing stops at the
 *   first page with a comment of ours that starts with the marker.
 * - mode `update` edits it; `skip-unchanged` edits it only when the body differs; `recreate`
 *   posts a new one at the bottom and then deletes the old one (in that order, so the pull
 *   request is never without the comment); absent, it is created.
 * - Races (two runs at once both create one): after creating, the comments posted since shortly
 *   before are listed again; of the ones that start with the marker and share our author, the
 *   oldest stays, the others are deleted, and if ours was one of them the survivor gets our body.
 * - Failures are GitHubApiErrors naming the step, the request and the status. A 403 (`Resource not
 *   accessible by integration`: a read-only token, as on pull requests from forks) or 404 is a
 *   CommentPermissionError, so the caller can fall back to the job summary; rate limits are not.
 */
const comment_settings_1 = __webpack_require__(771);
const render_1 = __webpack_require__(84034);
const api_error_1 = __webpack_require__(93073);
const token_identity_1 = __webpack_require__(95970);
/** The token may not read or write the comments of this pull request (403), or cannot see it (404). */
class CommentPermissionError extends api_error_1.GitHubApiError {
    status;
    constructor(message, status) {
        super(message, status);
        this.status = status;
        this.name = 'CommentPermissionError';
    }
}
exports.CommentPermissionError = CommentPermissionError;
const PER_PAGE = 100;
/** The second listing covers comments updated since this long before ours was created (clock skew, slow runs). */
const RELIST_WINDOW_MS = 10 * 60 * 1000;
async function upsertStickyComment(octokit, options, log) {
    (0, comment_settings_1.checkCommentKey)(options.key, 'sticky comment');
    const marker = (0, render_1.commentMarker)(options.key);
    const body = options.body.startsWith(marker) ? options.body : `${marker}\n${options.body}`;
    const where = { owner: options.owner, repo: options.repo, issue_number: options.issueNumber };
    const name = `sticky comment "${options.key}" on #${options.issueNumber}`;
    const isSticky = (c) => typeof c.body === 'string' && c.body.startsWith(marker);
    const step = stepRunner(options, log);
    // Asked once, and only when a comment with the marker shows up; undefined when GitHub does not say.
    let identity;
    const whoAmI = () => (identity ??= (0, token_identity_1.fetchTokenIdentity)(octokit, debugOf(log)).catch((e) => {
        if (!(e instanceof api_error_1.GitHubApiError))
            throw e;
        log.warning(`${name}: ${e.message}; so no existing comment is edited or deleted: posting a new one`);
        return undefined;
    }));
    const existing = await step(`list the comments of #${options.issueNumber}`, () => findOurs(octokit, where, isSticky, whoAmI, log));
    if (existing && options.mode !== 'recreate') {
        if (options.mode === 'skip-unchanged' && existing.body === body) {
            log.info(`${name}: unchanged (${existing.html_url})`);
            return { commentId: existing.id, action: 'unchanged', url: existing.html_url };
        }
        const data = await step(`update comment ${existing.id}`, async () => asComment(await octokit.rest.issues.updateComment({ owner: options.owner, repo: options.repo, comment_id: existing.id, body }), 'PATCH'));
        log.info(`${name}: updated ${data.html_url}`);
        return { commentId: data.id, action: 'updated', url: data.html_url };
    }
    const mine = await step(`post the comment on #${options.issueNumber}`, async () => asComment(await octokit.rest.issues.createComment({ ...where, body }), 'POST'));
    const me = identity ? await identity : undefined;
    if (me && mine.user && mine.user.id !== me.id) {
        log.warning(`${name}: GitHub says the token acts as ${me.login} (${me.id}), but its comment is by ${mine.user.login} (${mine.user.id}): the next run may not find this comment and post another`);
    }
    if (existing) {
        if (sameAuthor(existing, mine))
            await step(`delete comment ${existing.id}`, () => deleteIfPresent(octokit, options, existing.id, log));
        else
            log.warning(`${name}: the previous comment ${existing.html_url} is by ${existing.user?.login ?? 'a deleted user'}, not by ${mine.user?.login ?? 'us'}: left in place`);
    }
    const survivor = await removeDuplicates(octokit, options, mine, body, existing?.id ?? 0, isSticky, step, log);
    const action = options.mode === 'recreate' && existing ? 'recreated' : survivor.id === mine.id ? 'created' : 'updated';
    log.info(`${name}: ${action} ${survivor.html_url}`);
    return { commentId: survivor.id, action, url: survivor.html_url };
}
/** Runs one step against the API; its failure becomes a GitHubApiError (or CommentPermissionError) naming the step. */
function stepRunner(options, log) {
    return async (operation, run) => {
        try {
            return await run();
        }
        catch (e) {
            throw asCommentError(e, operation, options, log) ?? e;
        }
    };
}
/**
 * Pages through the comments, oldest first, and stops at the first page with a comment of ours
 * (by the token's account) that starts with the marker. Undefined when there is none, or when the
 * account is not known: then no existing comment can be proven ours.
 */
async function findOurs(octokit, where, isSticky, whoAmI, log) {
    let pages = 0;
    const skipped = [];
    let found;
    for await (const response of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...where, per_page: PER_PAGE })) {
        pages++;
        const marked = asComments(response).filter(isSticky);
        if (marked.length === 0)
            continue;
        const me = await whoAmI();
        if (!me)
            break;
        found = marked.find((c) => c.user?.id === me.id);
        skipped.push(...marked.filter((c) => c.user?.id !== me.id).map((c) => c.id));
        if (found)
            break;
    }
    if (skipped.length > 0)
        log.info(`comments ${skipped.join(', ')} on #${where.issue_number} start with the marker but are not by the token's account: left alone`);
    log.debug(`listed ${pages} page(s) of comments on #${where.issue_number}: ${found ? `ours is comment ${found.id}` : 'none of ours'}`);
    return found;
}
/**
 * Lists the comments posted around ours and keeps one: the oldest of those by our author that
 * start with the marker (and are newer than `floorId`, the comment a recreate replaces).
 */
async function removeDuplicates(octokit, options, mine, body, floorId, isSticky, step, log) {
    if (!mine.user)
        return mine; // Authorship unknown: nothing can be proven a duplicate of ours.
    const since = new Date(Date.parse(mine.created_at) - RELIST_WINDOW_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const recent = await step(`list the comments of #${options.issueNumber} again`, async () => {
        const pages = [];
        for await (const response of octokit.paginate.iterator(octokit.rest.issues.listComments, {
            owner: options.owner,
            repo: options.repo,
            issue_number: options.issueNumber,
            per_page: PER_PAGE,
            since,
        })) {
            pages.push(...asComments(response));
        }
        return pages;
    });
    const twins = recent.filter((c) => c.id > floorId && isSticky(c) && sameAuthor(c, mine)).sort((a, b) => a.id - b.id);
    const keeper = twins[0];
    if (!keeper || (twins.length === 1 && keeper.id === mine.id))
        return mine;
    log.info(`sticky comment "${options.key}" on #${options.issueNumber}: ${twins.length} copies (another run posted at the same time); keeping ${keeper.id}`);
    for (const twin of twins.slice(1))
        await step(`delete comment ${twin.id}`, () => deleteIfPresent(octokit, options, twin.id, log));
    if (keeper.id === mine.id)
        return mine;
    return step(`update comment ${keeper.id}`, async () => asComment(await octokit.rest.issues.updateComment({ owner: options.owner, repo: options.repo, comment_id: keeper.id, body }), 'PATCH'));
}
async function deleteIfPresent(octokit, options, commentId, log) {
    try {
        await octokit.rest.issues.deleteComment({ owner: options.owner, repo: options.repo, comment_id: commentId });
    }
    catch (e) {
        if (statusOf(e) !== 404)
            throw e;
        // Another run deleted it first: the goal (it is gone) is met.
        log.debug(`comment ${commentId} was already deleted`);
    }
}
function sameAuthor(a, b) {
    return a.user !== null && b.user !== null && a.user.id === b.user.id;
}
/** A page of comments as GitHub documents it: a JSON array of comments with ids. */
function asComments(response) {
    if (!Array.isArray(response.data) || !response.data.every(isComment))
        throw unexpected(response, 'GET');
    return response.data;
}
function asComment(response, method) {
    if (!isComment(response.data))
        throw unexpected(response, method);
    return response.data;
}
function unexpected(response, method) {
    return new api_error_1.UnexpectedResponseError(method, response.url, response.status, response.headers['content-type'] ?? '', (0, api_error_1.bodyPreview)(response.data));
}
function isComment(value) {
    const c = value;
    return (typeof c === 'object' &&
        c !== null &&
        typeof c.id === 'number' &&
        typeof c.html_url === 'string' &&
        typeof c.created_at === 'string' &&
        (c.user === null || (typeof c.user === 'object' && typeof c.user?.id === 'number')));
}
function debugOf(log) {
    return (message) => log.debug(message);
}
function statusOf(e) {
    return typeof e === 'object' && e !== null && typeof e.status === 'number' ? e.status : undefined;
}
/** A failed step as a GitHubApiError; 403/404 (but not a rate limit) as a CommentPermissionError naming the fix. */
function asCommentError(e, operation, options, log) {
    const error = (0, api_error_1.toGitHubApiError)(e, operation, debugOf(log));
    if (!error || error instanceof CommentPermissionError || (error.status !== 403 && error.status !== 404) || error.isRateLimit)
        return error;
    const fix = error.status === 403
        ? 'the token needs `pull-requests: write` (or `issues: write`); on pull requests from forks GITHUB_TOKEN is read-only'
        : `${options.owner}/${options.repo}#${options.issueNumber} does not exist or the token cannot see it`;
    return new CommentPermissionError(`${error.message}: ${fix}`, error.status);
}


/***/ }),

/***/ 37544:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMENT_DEADLINE_MS = exports.COMMENT_REQUEST_TIMEOUT_MS = void 0;
exports.postReadinessComment = postReadinessComment;
/**
 * The readiness comment use case: posts the comment of an envelope (the readiness action, and the
 * second stage of the fork-safe workflow), within bounds: each attempt of a request gets COMMENT_REQUEST_TIMEOUT_MS,
 * and the whole phase COMMENT_DEADLINE_MS, after which requests in flight are aborted and no more
 * are sent. Whatever goes wrong on GitHub's side (a read-only token on a fork, 4xx, 5xx past the
 * retries, an answer that is not JSON, no answer) comes back as a reason, not an exception: the
 * caller decides whether that is a warning or a failure.
 */
const api_error_1 = __webpack_require__(93073);
const client_1 = __webpack_require__(45423);
const sticky_comment_1 = __webpack_require__(16015);
const timeout_1 = __webpack_require__(97855);
const render_1 = __webpack_require__(84034);
const channel_budgets_1 = __webpack_require__(4882);
/** One attempt of one request; GitHub itself gives up on a request after 10 s. 5xx and timeouts are retried twice. */
exports.COMMENT_REQUEST_TIMEOUT_MS = 15_000;
/** The whole comment phase: identity, listing, writing, cleaning up, with retries and rate-limit waits. */
exports.COMMENT_DEADLINE_MS = 60_000;
async function postReadinessComment(options, { log }) {
    const { envelope } = options;
    const pullRequest = envelope.pullRequest;
    if (!pullRequest)
        return { kind: 'skipped', reason: 'not a pull request: no comment' };
    const body = (0, render_1.renderReadinessMarkdown)(envelope.report, {
        delta: envelope.delta,
        verdict: envelope.verdict,
        linkBase: options.linkBase,
        marker: (0, render_1.commentMarker)(envelope.commentKey),
        maxChars: channel_budgets_1.COMMENT_LIMIT,
        notes: envelope.notes,
        fullReportHint: 'the job summary and the `stackgate-readiness` artifact',
    });
    const { deadlineMs = exports.COMMENT_DEADLINE_MS, ...tuning } = options.tuning ?? {};
    const phase = new AbortController();
    const octokit = (0, client_1.createGitHubClient)({
        token: options.token,
        baseUrl: options.apiUrl,
        log,
        timeoutMs: exports.COMMENT_REQUEST_TIMEOUT_MS,
        proxy: options.proxy,
        ...tuning,
        deadline: { signal: phase.signal, endsAtMs: Date.now() + deadlineMs },
    });
    const work = post(octokit, options, log, pullRequest.number, body);
    try {
        return await (0, timeout_1.withTimeout)(work, deadlineMs, 'the readiness comment', () => phase.abort());
    }
    catch (e) {
        if (e instanceof timeout_1.TimeoutError) {
            // The abandoned requests fail at once now that the phase is aborted; their error says nothing new.
            work.catch((late) => log.debug(`after the deadline: ${String(late)}`));
            return {
                kind: 'failed',
                reason: `the readiness comment on pull request #${pullRequest.number} was not posted: GitHub did not answer within the comment's deadline of ${deadlineMs} ms (requests in flight were cancelled); re-run the job later`,
            };
        }
        if (e instanceof sticky_comment_1.CommentPermissionError) {
            return {
                kind: 'failed',
                reason: `the token cannot comment on pull request #${pullRequest.number} (${e.message}); this is expected on pull requests from forks: the report is in the job summary and the stackgate-readiness artifact (see workflows-templates/readiness-comment.yml to post it safely)`,
            };
        }
        if (e instanceof api_error_1.GitHubApiError)
            return { kind: 'failed', reason: `the readiness comment on pull request #${pullRequest.number} was not posted: ${e.message}` };
        throw e;
    }
    finally {
        phase.abort();
    }
}
async function post(octokit, options, log, number, body) {
    if (options.requireHeadSha) {
        const head = await readHeadSha(octokit, options, log, number);
        if (head !== options.requireHeadSha) {
            return {
                kind: 'skipped',
                reason: `pull request #${number} has moved on to ${head.slice(0, 12)} since this run tested ${options.requireHeadSha.slice(0, 12)}: its own run will comment`,
            };
        }
    }
    const result = await (0, sticky_comment_1.upsertStickyComment)(octokit, { owner: options.owner, repo: options.repo, issueNumber: number, key: options.envelope.commentKey, body, mode: options.mode }, log);
    log.info(`readiness comment ${result.action}: ${result.url}`);
    return { kind: 'posted', ...result };
}
/** The pull request's head commit now. */
async function readHeadSha(octokit, options, log, number) {
    let response;
    try {
        response = await octokit.rest.pulls.get({ owner: options.owner, repo: options.repo, pull_number: number });
    }
    catch (e) {
        throw (0, api_error_1.toGitHubApiError)(e, `read pull request #${number}`, (message) => log.debug(message)) ?? e;
    }
    const sha = response.data.head?.sha;
    if (typeof sha !== 'string')
        throw (0, api_error_1.toGitHubApiError)(new api_error_1.UnexpectedResponseError('GET', response.url, response.status, response.headers['content-type'] ?? '', (0, api_error_1.bodyPreview)(response.data)), `read pull request #${number}`);
    return sha;
}


/***/ }),

/***/ 94515:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readBotConfig = readBotConfig;
/**
 * The bot's configuration, from its environment (never from flags: keys and secrets must not show
 * in `ps`). Every problem is a UserError naming the variable; nothing is half-read.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const app_auth_1 = __webpack_require__(77292);
const client_1 = __webpack_require__(45423);
const errors_1 = __webpack_require__(74296);
function readBotConfig(env) {
    const appIdText = env.STACKGATE_APP_ID?.trim() ?? '';
    if (!/^[1-9]\d{0,15}$/.test(appIdText))
        throw new errors_1.UserError(`STACKGATE_APP_ID: expected the App's numeric id, got "${appIdText}"`);
    let privateKey = env.STACKGATE_APP_PRIVATE_KEY;
    let keySource = 'STACKGATE_APP_PRIVATE_KEY';
    if (!privateKey && env.STACKGATE_APP_PRIVATE_KEY_FILE) {
        keySource = 'STACKGATE_APP_PRIVATE_KEY_FILE';
        try {
            privateKey = node_fs_1.default.readFileSync(env.STACKGATE_APP_PRIVATE_KEY_FILE, 'utf8');
        }
        catch (e) {
            throw new errors_1.UserError(`STACKGATE_APP_PRIVATE_KEY_FILE: cannot read ${env.STACKGATE_APP_PRIVATE_KEY_FILE}: ${e.code ?? String(e)}`);
        }
    }
    if (!privateKey)
        throw new errors_1.UserError('the App private key is missing: set STACKGATE_APP_PRIVATE_KEY (the PEM) or STACKGATE_APP_PRIVATE_KEY_FILE');
    // Kubernetes secrets and .env files often carry the PEM with literal \n.
    if (!privateKey.includes('\n') && privateKey.includes('\\n'))
        privateKey = privateKey.replace(/\\n/g, '\n');
    (0, app_auth_1.checkPrivateKey)(privateKey, keySource);
    const webhookSecret = env.STACKGATE_WEBHOOK_SECRET ?? '';
    if (!webhookSecret)
        throw new errors_1.UserError("STACKGATE_WEBHOOK_SECRET is missing: the secret of the App's webhook, which every delivery is signed with");
    const publicUrl = env.STACKGATE_PUBLIC_URL?.trim().replace(/\/+$/, '') || undefined;
    if (publicUrl && !/^https?:\/\/[^/]+/.test(publicUrl))
        throw new errors_1.UserError(`STACKGATE_PUBLIC_URL: expected an http(s) URL, got "${publicUrl}"`);
    return {
        appId: Number(appIdText),
        privateKey,
        webhookSecret,
        apiUrl: env.GITHUB_API_URL?.trim() || client_1.DEFAULT_API_URL,
        dataDir: env.STACKGATE_DATA_DIR?.trim() || './.stackgate-bot',
        databaseUrl: env.DATABASE_URL?.trim() || undefined,
        publicUrl,
        concurrency: positiveInt(env.STACKGATE_BOT_CONCURRENCY, 'STACKGATE_BOT_CONCURRENCY', 4),
        leaseMs: positiveInt(env.STACKGATE_BOT_LEASE_MS, 'STACKGATE_BOT_LEASE_MS', 120_000),
        prometheusToken: env.STACKGATE_PROMETHEUS_TOKEN || undefined,
    };
}
function positiveInt(value, name, fallback) {
    if (value === undefined || value.trim() === '')
        return fallback;
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n <= 0)
        throw new errors_1.UserError(`${name}: expected a positive integer, got "${value}"`);
    return n;
}


/***/ }),

/***/ 60339:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.startBot = startBot;
const app_auth_1 = __webpack_require__(77292);
const store_1 = __webpack_require__(25623);
const jobs_1 = __webpack_require__(3749);
const metrics_1 = __webpack_require__(78344);
const server_1 = __webpack_require__(89718);
const worker_1 = __webpack_require__(69243);
async function startBot(options) {
    const { config, log } = options;
    const store = await (0, store_1.openBotStore)({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
    const metrics = (0, metrics_1.createBotMetrics)(() => store.queue.depth());
    const auth = (0, app_auth_1.createAppAuthenticator)({ appId: config.appId, privateKey: config.privateKey, apiUrl: config.apiUrl });
    const ctx = {
        auth,
        audits: store.audits,
        metrics,
        log,
        apiUrl: config.apiUrl,
        publicUrl: config.publicUrl,
        prometheusToken: config.prometheusToken,
        workerEntry: options.workerEntry,
        clientTuning: options.tuning?.clientTuning,
        identities: new Map(),
    };
    const workers = (0, worker_1.startWorkers)({
        queue: store.queue,
        concurrency: config.concurrency,
        leaseMs: config.leaseMs,
        run: (job) => (0, jobs_1.runJob)(job, ctx),
        onGiveUp: (job, why) => (0, jobs_1.rejectGivenUp)(job, ctx, why),
        metrics,
        log,
        pollMs: options.tuning?.pollMs,
        retryBaseMs: options.tuning?.retryBaseMs,
        retryMaxMs: options.tuning?.retryMaxMs,
        maxAttempts: options.tuning?.maxAttempts,
    });
    const server = (0, server_1.createBotServer)({
        webhookSecret: config.webhookSecret,
        queue: store.queue,
        audits: store.audits,
        metrics,
        log,
        // The key was checked when the config was read; the store must answer.
        ready: () => store.ping().catch(() => false),
        onQueued: () => workers.kick(),
    });
    try {
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(options.port, options.host, () => resolve());
        });
    }
    catch (e) {
        await workers.stop(0);
        await store.close();
        throw e;
    }
    const address = server.address();
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return {
        url: `http://${host}:${address.port}`,
        store,
        workerId: workers.workerId,
        async close(graceMs = 30_000) {
            await new Promise((resolve) => {
                server.close(() => resolve());
                server.closeIdleConnections();
            });
            await workers.stop(graceMs);
            await store.close();
        },
    };
}


/***/ }),

/***/ 3749:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.APPROVALS_NOT_JUDGED = exports.RetryableJobError = void 0;
exports.runJob = runJob;
exports.readProtectionRule = readProtectionRule;
exports.verdictComment = verdictComment;
exports.rejectGivenUp = rejectGivenUp;
/**
 * What the bot does with a delivery, once a worker claimed its job:
 *
 * - `deployment_protection_rule` (requested): reads stackgate.yml at the deployment's SHA through the
 *   contents API, evaluates the environment's gate (app/gate.ts, the use case of actions/gate; the
 *   run's approvals are GitHub's to enforce, since it asks the App before or alongside the required
 *   reviewers), stores the audit record, and approves or rejects the run through the protection-rule
 *   callback with a comment that links to the record. A stackgate.yml that does not parse is a
 *   rejection that says where, not an error: the gate fails closed.
 * - `pull_request` (opened, synchronize, reopened): downloads the head and base commits, scores both
 *   (app/score-with-base.ts) and upserts the same sticky comment as actions/readiness.
 *
 * Failures GitHub may get over (5xx, network, rate limits) are retried with backoff; others end the
 * job. A protection rule whose job is given up on is rejected, saying why, when GitHub still listens.
 */
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_os_1 = __importDefault(__webpack_require__(48161));
const node_path_1 = __importDefault(__webpack_require__(76760));
const api_error_1 = __webpack_require__(93073);
const client_1 = __webpack_require__(45423);
const gate_reads_1 = __webpack_require__(32635);
const repository_contents_1 = __webpack_require__(22907);
const token_identity_1 = __webpack_require__(95970);
const gate_1 = __webpack_require__(98959);
const prepare_gate_1 = __webpack_require__(13930);
const post_readiness_comment_1 = __webpack_require__(37544);
const readiness_envelope_1 = __webpack_require__(6080);
const score_with_base_1 = __webpack_require__(34594);
const read_1 = __webpack_require__(40812);
const schema_1 = __webpack_require__(47967);
const errors_1 = __webpack_require__(74296);
const redactor_1 = __webpack_require__(98789);
const version_1 = __webpack_require__(83323);
/** A failure worth another try later (GitHub 5xx, network, rate limit). */
class RetryableJobError extends Error {
}
exports.RetryableJobError = RetryableJobError;
/** The most a protection-rule comment carries (GitHub does not document a limit; the audit record has the rest). */
const COMMENT_CHARS = 1000;
const TREE_LIMITS = { maxBytes: 200 * 1024 * 1024, timeoutMs: 120_000 };
exports.APPROVALS_NOT_JUDGED = "judged by GitHub, not by this rule: GitHub asks the App before or alongside the environment's required reviewers, and enforces their approval itself";
/** Runs one job; returns its outcome (stored with it), throws RetryableJobError or another error. */
async function runJob(job, ctx) {
    try {
        if (job.event === 'deployment_protection_rule')
            return await protectionRule(job, ctx);
        if (job.event === 'pull_request')
            return await pullRequest(job, ctx);
        return `ignored: no handler for ${job.event}`;
    }
    catch (e) {
        throw classify(e);
    }
}
/** GitHub errors that may pass (no answer, 5xx, rate limits) become RetryableJobError. */
function classify(e) {
    const api = e instanceof api_error_1.GitHubApiError ? e : (0, api_error_1.toGitHubApiError)(e, 'a GitHub request');
    if (api && (api.status === undefined || api.status >= 500 || api.isRateLimit))
        return new RetryableJobError(api.message);
    return api ?? e;
}
/** A client of one installation: its writes are paced on their own (one a second, as GitHub asks of one client). */
function client(token, installationId, ctx) {
    const octokit = (0, client_1.createGitHubClient)({ token, baseUrl: ctx.apiUrl, log: ctx.log, throttleId: `installation-${installationId}`, ...ctx.clientTuning });
    octokit.hook.after('request', (response) => {
        const remaining = Number(response.headers['x-ratelimit-remaining']);
        if (Number.isFinite(remaining))
            ctx.metrics.rateLimit.set(remaining);
    });
    return octokit;
}
/** The parts of a deployment_protection_rule payload the verdict needs, or why it cannot be judged. */
function readProtectionRule(payload, installationId) {
    const p = payload;
    if (p.action !== 'requested')
        return `ignored: action ${p.action ?? 'none'}`;
    const runId = Number(/\/actions\/runs\/(\d+)\/deployment_protection_rule\/?$/.exec(p.deployment_callback_url ?? '')?.[1]);
    const sha = p.deployment?.sha ?? p.sha;
    const install = installationId ?? p.installation?.id;
    if (!p.environment || !sha || !/^[0-9a-f]{40}$/i.test(sha) || !p.repository?.owner?.login || !p.repository.name || !Number.isSafeInteger(runId) || !install)
        return 'ignored: the payload lacks the environment, the deployment SHA, the repository, the installation or the callback URL';
    const html = p.repository.html_url ?? `https://github.com/${p.repository.owner.login}/${p.repository.name}`;
    return {
        owner: p.repository.owner.login,
        repo: p.repository.name,
        environment: p.environment,
        sha: sha.toLowerCase(),
        runId,
        installationId: install,
        runUrl: `${html}/actions/runs/${runId}`,
    };
}
async function protectionRule(job, ctx) {
    const request = readProtectionRule(job.payload, job.installationId);
    if (typeof request === 'string')
        return request;
    const { owner, repo, environment, sha } = request;
    const octokit = client(await ctx.auth.installationToken(request.installationId), request.installationId, ctx);
    const repository = { owner, repo };
    const audit = await evaluate(octokit, request, ctx);
    const auditId = await ctx.audits.save(audit);
    const state = audit.allowed ? 'approved' : 'rejected';
    try {
        await octokit.rest.actions.reviewCustomGatesForRun({
            ...repository,
            run_id: request.runId,
            environment_name: environment,
            state,
            comment: verdictComment(audit, auditLink(ctx, auditId)),
        });
    }
    catch (e) {
        // 422: the run no longer waits for this rule (decided by an earlier attempt of this job, cancelled, or timed out).
        if (e.status === 422)
            return `${state}; GitHub no longer waits for this rule (422): run ${request.runId} was decided or cancelled`;
        throw e;
    }
    ctx.metrics.verdicts.inc({ state });
    ctx.log.info(`${owner}/${repo} run ${request.runId}: ${state} ${sha.slice(0, 7)} for ${environment} (audit ${auditId})`);
    return `${state} ${sha.slice(0, 7)} for ${environment}; audit ${auditId}`;
}
/** The gate for the run, from stackgate.yml at the SHA; a config that cannot be read is a closed gate that says why. */
async function evaluate(octokit, r, ctx) {
    const repository = { owner: r.owner, repo: r.repo };
    let file;
    let text;
    for (const candidate of read_1.CONFIG_FILES) {
        text = await (0, repository_contents_1.readFileAt)(octokit, repository, candidate, r.sha);
        if (text !== undefined) {
            file = candidate;
            break;
        }
    }
    const base = {
        environment: r.environment,
        sha: r.sha,
        repository: `${r.owner}/${r.repo}`,
        run: { id: r.runId, url: r.runUrl },
        dryRun: false,
        toolVersion: version_1.VERSION,
        configFile: file,
        approvalsNotJudged: exports.APPROVALS_NOT_JUDGED,
    };
    let config;
    try {
        config = text === undefined ? undefined : (0, read_1.parseConfigWith)(schema_1.configSchema, file, text);
    }
    catch (e) {
        if (!(0, errors_1.isUserError)(e))
            throw e;
        return (0, gate_1.evaluateGate)({ ...base, gate: undefined, configProblem: `${file} at ${r.sha.slice(0, 7)} is not valid: ${e.format().split('\n')[0]}` }, {});
    }
    const env = config?.environments[r.environment];
    if (!config || !env)
        return (0, gate_1.evaluateGate)({
            ...base,
            gate: undefined,
            configProblem: `${file ?? 'stackgate.yml'} at ${r.sha.slice(0, 7)} ${config ? `has no environment "${r.environment}"` : 'does not exist'}, so nothing says what it requires`,
        }, {});
    const identity = await identityOf(r.installationId, octokit, ctx);
    const github = (0, gate_reads_1.createGateReads)(octokit, repository, identity);
    return (0, gate_1.evaluateGate)({ ...base, gate: env.gate, protection: env.protection }, {
        github,
        canary: (0, prepare_gate_1.gateCanary)({ environment: r.environment, prometheusToken: ctx.prometheusToken, log: ctx.log }),
        log: (line) => ctx.log.info(line),
        // GitHub's passing failures retry the job; a rejection would be final for the run.
        rethrow: (e) => classify(e) instanceof RetryableJobError,
    });
}
/**
 * The account an installation's tokens act as (the App's bot user), asked once per installation and
 * process: GitHub paces GraphQL queries like writes, one a second per client.
 */
async function identityOf(installationId, octokit, ctx) {
    const known = ctx.identities.get(installationId);
    if (known)
        return known;
    const identity = await (0, token_identity_1.fetchTokenIdentity)(octokit);
    ctx.identities.set(installationId, identity);
    return identity;
}
function auditLink(ctx, auditId) {
    return ctx.publicUrl ? `${ctx.publicUrl}/audits/${auditId}` : undefined;
}
/** The comment GitHub shows with the verdict: the outcome, the reasons, the link to the full record. */
function verdictComment(audit, link) {
    const head = `stackgate gate: ${audit.sha.slice(0, 7)} to ${audit.environment} ${audit.allowed ? 'allowed' : 'not allowed'}`;
    const tail = link ? `\nAudit record: ${link}` : '';
    const reasons = audit.reasons.map((r) => `- ${r}`);
    let body = [head, ...reasons].join('\n');
    if (body.length + tail.length > COMMENT_CHARS)
        body = `${body.slice(0, COMMENT_CHARS - tail.length - 1)}…`;
    return body + tail;
}
async function pullRequest(job, ctx) {
    const p = job.payload;
    if (!['opened', 'synchronize', 'reopened'].includes(p.action ?? ''))
        return `ignored: action ${p.action ?? 'none'}`;
    const pr = p.pull_request;
    const installationId = job.installationId ?? p.installation?.id;
    if (!pr || !p.repository?.owner?.login || !installationId)
        return 'ignored: the payload lacks the pull request, the repository or the installation';
    const repository = { owner: p.repository.owner.login, repo: p.repository.name };
    const token = await ctx.auth.installationToken(installationId);
    const octokit = client(token, installationId, ctx);
    const dir = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), 'stackgate-bot-pr-'));
    try {
        const headRoot = node_path_1.default.join(dir, 'head');
        const baseRoot = node_path_1.default.join(dir, 'base');
        const deadline = Date.now() + TREE_LIMITS.timeoutMs;
        await (0, repository_contents_1.downloadTree)(octokit, repository, pr.head.sha, headRoot, { maxBytes: TREE_LIMITS.maxBytes, deadline });
        await (0, repository_contents_1.downloadTree)(octokit, repository, pr.base.sha, baseRoot, { maxBytes: TREE_LIMITS.maxBytes, deadline });
        const scored = await (0, score_with_base_1.scoreWithBase)({
            root: headRoot,
            toolVersion: version_1.VERSION,
            workerEntry: ctx.workerEntry,
            trees: { baseRoot, commits: { head: pr.head.sha, base: pr.base.sha } },
        });
        const mode = scored.config.readiness.comment.mode;
        if (mode === 'off')
            return `skipped: readiness.comment.mode is off (score ${scored.report.score})`;
        const envelope = (0, readiness_envelope_1.readinessEnvelope)(scored, { pullRequest: { number: pr.number, headSha: pr.head.sha } });
        const outcome = await (0, post_readiness_comment_1.postReadinessComment)({
            envelope,
            token,
            apiUrl: ctx.apiUrl,
            ...repository,
            mode,
            requireHeadSha: pr.head.sha,
            tuning: { throttleId: `installation-${installationId}`, ...ctx.clientTuning },
        }, { log: ctx.log });
        if (outcome.kind === 'failed')
            throw new RetryableJobError(outcome.reason);
        return outcome.kind === 'posted' ? `comment ${outcome.action} on #${pr.number}: score ${scored.report.score}` : `skipped: ${outcome.reason}`;
    }
    finally {
        node_fs_1.default.rmSync(dir, { recursive: true, force: true });
    }
}
/** The verdict a protection rule gets when its job is given up on: rejected, saying why (fail closed). */
async function rejectGivenUp(job, ctx, why) {
    if (job.event !== 'deployment_protection_rule')
        return;
    const request = readProtectionRule(job.payload, job.installationId);
    if (typeof request === 'string')
        return;
    try {
        const octokit = client(await ctx.auth.installationToken(request.installationId), request.installationId, ctx);
        await octokit.rest.actions.reviewCustomGatesForRun({
            owner: request.owner,
            repo: request.repo,
            run_id: request.runId,
            environment_name: request.environment,
            state: 'rejected',
            comment: (0, redactor_1.redactSecrets)(`stackgate gate: could not be evaluated, so ${request.sha.slice(0, 7)} may not go to ${request.environment}: ${why}`).slice(0, COMMENT_CHARS),
        });
        ctx.metrics.verdicts.inc({ state: 'rejected' });
    }
    catch (e) {
        ctx.log.warning(`could not reject run ${request.runId} after giving up: ${(0, errors_1.toError)(e).message}`);
    }
}


/***/ }),

/***/ 78344:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createBotMetrics = createBotMetrics;
/**
 * The bot's Prometheus metrics (prom-client), in a registry of its own per server: deliveries by
 * event and outcome, verdicts, queue depth (read from the database at scrape time, so every replica
 * reports the shared queue), job duration, and the GitHub rate limit left.
 */
const prom_client_1 = __webpack_require__(95222);
function createBotMetrics(queueDepth) {
    const registry = new prom_client_1.Registry();
    (0, prom_client_1.collectDefaultMetrics)({ register: registry, prefix: 'stackgate_bot_' });
    const deliveries = new prom_client_1.Counter({
        name: 'stackgate_bot_deliveries_total',
        help: 'Webhook deliveries received, by event and outcome (queued, duplicate, ignored, rejected).',
        labelNames: ['event', 'outcome'],
        registers: [registry],
    });
    const verdicts = new prom_client_1.Counter({
        name: 'stackgate_bot_verdicts_total',
        help: 'Deployment protection rule verdicts sent to GitHub, by state (approved, rejected).',
        labelNames: ['state'],
        registers: [registry],
    });
    const jobs = new prom_client_1.Counter({
        name: 'stackgate_bot_jobs_total',
        help: 'Jobs worked on, by event and result (done, retry, dead).',
        labelNames: ['event', 'result'],
        registers: [registry],
    });
    const jobDuration = new prom_client_1.Histogram({
        name: 'stackgate_bot_job_duration_seconds',
        help: 'Time from a delivery being received to its job finishing, by event.',
        labelNames: ['event'],
        buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
        registers: [registry],
    });
    const rateLimit = new prom_client_1.Gauge({
        name: 'stackgate_bot_github_rate_limit_remaining',
        help: 'Requests left in the current GitHub rate-limit window, as the last API answer said.',
        registers: [registry],
    });
    new prom_client_1.Gauge({
        name: 'stackgate_bot_queue_depth',
        help: 'Jobs in the shared queue, by state.',
        labelNames: ['state'],
        registers: [registry],
        async collect() {
            for (const [state, n] of Object.entries(await queueDepth()))
                this.set({ state }, n);
        },
    });
    return { registry, deliveries, verdicts, jobs, jobDuration, rateLimit };
}


/***/ }),

/***/ 89718:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_BODY_BYTES = void 0;
exports.createBotServer = createBotServer;
/**
 * The bot's HTTP server: `POST /webhook` (every delivery's X-Hub-Signature-256 verified with the
 * App's webhook secret by @octokit/webhooks; the delivery is stored in the durable queue before the
 * answer, so an answer of 202 means it will be worked on, and a redelivered id is answered as a
 * duplicate), `GET /healthz`, `GET /readyz`, `GET /metrics` and `GET /audits/<id>`.
 *
 * GitHub gives a delivery 10 seconds and does not redeliver on its own: the handler only verifies,
 * stores and answers. Bodies over GitHub's 25 MB cap are refused without being read.
 */
const node_http_1 = __importDefault(__webpack_require__(37067));
const webhooks_1 = __webpack_require__(95468);
const errors_1 = __webpack_require__(74296);
/** GitHub caps webhook payloads at 25 MB. */
exports.MAX_BODY_BYTES = 25 * 1024 * 1024;
/** The events and actions the bot works on; other deliveries are acknowledged and dropped. */
const HANDLED = {
    deployment_protection_rule: ['requested'],
    pull_request: ['opened', 'synchronize', 'reopened'],
};
function createBotServer(options) {
    const webhooks = new webhooks_1.Webhooks({ secret: options.webhookSecret });
    const send = (res, reply) => {
        const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
        res.writeHead(reply.status, { 'content-type': reply.type ?? (typeof reply.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json') });
        res.end(text);
    };
    const webhook = async (req, body) => {
        const event = header(req, 'x-github-event');
        const signature = header(req, 'x-hub-signature-256');
        const deliveryId = header(req, 'x-github-delivery');
        const count = (outcome) => options.metrics.deliveries.inc({ event: event && /^[a-z_]{1,64}$/.test(event) ? event : 'unknown', outcome });
        if (!signature) {
            count('rejected');
            return { status: 401, body: { error: 'missing X-Hub-Signature-256: deliveries must be signed with the webhook secret' } };
        }
        const text = body.toString('utf8');
        let valid = false;
        try {
            valid = await webhooks.verify(text, signature);
        }
        catch {
            valid = false;
        }
        if (!valid) {
            count('rejected');
            return { status: 401, body: { error: 'X-Hub-Signature-256 does not match the body: wrong secret, or the body was changed' } };
        }
        if (!event || !deliveryId) {
            count('rejected');
            return { status: 400, body: { error: 'missing X-GitHub-Event or X-GitHub-Delivery' } };
        }
        let payload;
        try {
            payload = JSON.parse(text);
        }
        catch {
            count('rejected');
            return { status: 400, body: { error: 'the body is not JSON' } };
        }
        if (event === 'ping') {
            count('ignored');
            return { status: 200, body: { pong: true } };
        }
        const action = typeof payload.action === 'string' ? payload.action : undefined;
        if (!HANDLED[event]?.includes(action ?? '')) {
            count('ignored');
            return { status: 202, body: { ignored: `${event}${action ? `.${action}` : ''}` } };
        }
        const installationId = Number(payload.installation?.id);
        const result = await options.queue.enqueue({
            deliveryId,
            event,
            action,
            ...(Number.isSafeInteger(installationId) ? { installationId } : {}),
            ...(typeof payload.repository?.full_name === 'string' ? { repository: payload.repository.full_name } : {}),
            payload,
        });
        count(result);
        if (result === 'queued')
            options.onQueued();
        return result === 'queued' ? { status: 202, body: { queued: deliveryId } } : { status: 200, body: { duplicate: deliveryId } };
    };
    const route = async (req, res) => {
        const url = new URL(req.url ?? '/', 'http://bot');
        if (url.pathname === '/webhook') {
            if (req.method !== 'POST')
                return { status: 405, body: { error: 'POST deliveries here' } };
            const length = Number(req.headers['content-length']);
            if (Number.isFinite(length) && length > exports.MAX_BODY_BYTES) {
                res.setHeader('connection', 'close');
                return { status: 413, body: { error: `over GitHub's ${exports.MAX_BODY_BYTES} bytes` } };
            }
            const body = await readBody(req, exports.MAX_BODY_BYTES);
            if (!body) {
                res.setHeader('connection', 'close');
                return { status: 413, body: { error: `over GitHub's ${exports.MAX_BODY_BYTES} bytes` } };
            }
            return webhook(req, body);
        }
        if (req.method !== 'GET')
            return { status: 405, body: { error: 'not allowed' } };
        if (url.pathname === '/healthz')
            return { status: 200, body: 'ok\n' };
        if (url.pathname === '/readyz')
            return (await options.ready()) ? { status: 200, body: 'ready\n' } : { status: 503, body: 'not ready\n' };
        if (url.pathname === '/metrics')
            return { status: 200, body: await options.metrics.registry.metrics(), type: options.metrics.registry.contentType };
        const audit = /^\/audits\/([A-Za-z0-9_-]{16,64})$/.exec(url.pathname);
        if (audit) {
            const record = await options.audits.get(audit[1]);
            return record === undefined ? { status: 404, body: { error: 'no such audit record' } } : { status: 200, body: record };
        }
        return { status: 404, body: { error: 'not found' } };
    };
    return node_http_1.default.createServer((req, res) => {
        route(req, res)
            .then((reply) => reply && send(res, reply))
            .catch((e) => {
            options.log.error(`${req.method} ${req.url}: ${(0, errors_1.toError)(e).message}`);
            if (!res.headersSent)
                send(res, { status: 503, body: { error: 'the delivery could not be stored; GitHub can redeliver it' } });
            else
                res.destroy();
        });
    });
}
function header(req, name) {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** The body, or undefined once it passes `limit` bytes (the rest is not read). */
function readBody(req, limit) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size > limit) {
                req.removeAllListeners('data');
                req.resume();
                resolve(undefined);
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}


/***/ }),

/***/ 69243:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.startWorkers = startWorkers;
/**
 * The bot's workers: `concurrency` loops per process that claim jobs from the shared queue (FOR
 * UPDATE SKIP LOCKED: replicas never get the same job), hold their lease while they work (extended
 * every third of it), and record the outcome. A job that fails in a way GitHub may get over is
 * retried with exponential backoff and jitter, up to `maxAttempts`; then it is given up on (dead),
 * and so is a job that failed otherwise. A process that dies mid-job loses nothing: its lease runs
 * out and another worker (or this one, restarted) claims the job again.
 */
const node_crypto_1 = __webpack_require__(77598);
const node_os_1 = __importDefault(__webpack_require__(48161));
const api_error_1 = __webpack_require__(93073);
const backoff_1 = __webpack_require__(26201);
const errors_1 = __webpack_require__(74296);
const jobs_1 = __webpack_require__(3749);
function startWorkers(options) {
    const workerId = `${node_os_1.default.hostname()}:${process.pid}:${(0, node_crypto_1.randomUUID)().slice(0, 8)}`;
    const pollMs = options.pollMs ?? 500;
    const maxAttempts = options.maxAttempts ?? 8;
    let stopping = false;
    const wakers = new Set();
    const idle = () => new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            wakers.delete(done);
            resolve();
        };
        const timer = setTimeout(done, pollMs);
        wakers.add(done);
    });
    const work = async (job) => {
        const { queue, metrics, log } = options;
        const lease = setInterval(() => {
            queue
                .extend(job.id, workerId, options.leaseMs)
                .catch((e) => log.warning(`could not extend the lease of job ${job.id}: ${(0, errors_1.toError)(e).message}`));
        }, Math.max(1000, Math.floor(options.leaseMs / 3)));
        const finish = (result) => {
            metrics.jobs.inc({ event: job.event, result });
            metrics.jobDuration.observe({ event: job.event }, Math.max(0, Date.now() - job.receivedAt.getTime()) / 1000);
        };
        try {
            const outcome = await options.run(job);
            await queue.complete(job.id, workerId, outcome);
            finish('done');
            log.debug(`job ${job.id} (${job.event} ${job.deliveryId}): ${outcome}`);
        }
        catch (e) {
            const message = (0, errors_1.toError)(e).message;
            const retryable = e instanceof jobs_1.RetryableJobError || !((0, errors_1.isUserError)(e) || (e instanceof api_error_1.GitHubApiError && e.status !== undefined && e.status < 500));
            if (retryable && job.attempts < maxAttempts) {
                const delay = (0, backoff_1.retryDelayMs)(job.attempts, options.retryBaseMs, options.retryMaxMs);
                await queue.fail(job.id, workerId, message, delay);
                finish('retry');
                log.warning(`job ${job.id} (${job.event} ${job.deliveryId}) failed, attempt ${job.attempts} of ${maxAttempts}; retrying in ${Math.round(delay / 1000)} s: ${message}`);
            }
            else {
                await queue.fail(job.id, workerId, message);
                finish('dead');
                log.error(`job ${job.id} (${job.event} ${job.deliveryId}) given up after ${job.attempts} attempt(s): ${message}`);
                await options.onGiveUp(job, message);
            }
        }
        finally {
            clearInterval(lease);
        }
    };
    const loop = async () => {
        while (!stopping) {
            let job;
            try {
                job = await options.queue.claim(workerId, options.leaseMs);
            }
            catch (e) {
                options.log.warning(`could not claim a job: ${(0, errors_1.toError)(e).message}`);
            }
            if (!job) {
                await idle();
                continue;
            }
            try {
                if (job.attempts > maxAttempts) {
                    // Claimed again and again without ever reaching fail(): each attempt ended with its process (a crash it causes).
                    const why = `claimed ${job.attempts} times without finishing: the process working on it ended each time`;
                    await options.queue.fail(job.id, workerId, why);
                    options.metrics.jobs.inc({ event: job.event, result: 'dead' });
                    options.log.error(`job ${job.id} (${job.event} ${job.deliveryId}) given up: ${why}`);
                    await options.onGiveUp(job, why);
                    continue;
                }
                await work(job);
            }
            catch (e) {
                // The queue itself failed (the database went away): the lease expires and the job comes back.
                options.log.warning(`job ${job.id}: ${(0, errors_1.toError)(e).message}`);
            }
        }
    };
    const loops = Array.from({ length: options.concurrency }, () => loop());
    return {
        workerId,
        kick: () => {
            for (const wake of [...wakers])
                wake();
        },
        async stop(graceMs = 30_000) {
            stopping = true;
            for (const wake of [...wakers])
                wake();
            let timer;
            await Promise.race([Promise.all(loops), new Promise((r) => (timer = setTimeout(r, graceMs)))]);
            clearTimeout(timer);
        },
    };
}


/***/ }),

/***/ 2449:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COLOR_OPTIONS = exports.BASE_OPTIONS = void 0;
exports.describeFormats = describeFormats;
exports.withUsageErrors = withUsageErrors;
exports.parseCommandArgs = parseCommandArgs;
exports.commandRoot = commandRoot;
exports.formatParser = formatParser;
exports.parseOutputs = parseOutputs;
exports.parseWorkers = parseWorkers;
const node_fs_1 = __importDefault(__webpack_require__(73024));
const node_path_1 = __importDefault(__webpack_require__(76760));
const node_util_1 = __webpack_require__(57975);
const errors_1 = __webpack_require__(74296);
/** --debug and -h/--help: every command takes them. */
exports.BASE_OPTIONS = {
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
/** --color and --no-color (the last one given wins; see color.ts). */
exports.COLOR_OPTIONS = {
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
};
/** `text (default), json, sarif or junit`: a command's formats in its help, from the list its parser uses. */
function describeFormats(formats) {
    const [first, ...rest] = formats;
    const all = [`${first} (default)`, ...rest];
    return all.length > 1 ? `${all.slice(0, -1).join(', ')} or ${all[all.length - 1]}` : all[0];
}
/** Runs a parseArgs call, turning its errors (unknown flag, missing value) into a UserError. */
function withUsageErrors(parse, hint = 'run "stackgate --help" for usage') {
    try {
        return parse();
    }
    catch (e) {
        throw new errors_1.UserError(e.message.replace(/\. To specify a positional argument.*$/s, ''), { hint });
    }
}
/** parseArgs with our UserError on unknown flags or missing values. */
function parseCommandArgs(args, options, allowPositionals = true) {
    return withUsageErrors(() => (0, node_util_1.parseArgs)({ args: [...args], options, allowPositionals, strict: true }));
}
/** The one optional `[path]` of a command, as an existing directory. */
function commandRoot(command, positionals, cwd) {
    if (positionals.length > 1)
        throw new errors_1.UserError(`${command} takes one path, got ${positionals.length}`, { hint: `stackgate ${command} [path]` });
    const root = node_path_1.default.resolve(cwd, positionals[0] ?? '.');
    if (!node_fs_1.default.existsSync(root) || !node_fs_1.default.statSync(root).isDirectory())
        throw new errors_1.UserError(`not a directory: ${positionals[0] ?? '.'}`);
    return root;
}
/** A parser of a command's output formats: `--format` and the format half of `--output`. */
function formatParser(formats) {
    return (value, where) => {
        if (formats.includes(value))
            return value;
        throw new errors_1.UserError(`${where}: unknown format "${value}"`, { hint: `use one of ${formats.join(', ')}` });
    };
}
/** `--output format=file`, repeatable. */
function parseOutputs(values, parseFormat) {
    return values.map((value) => {
        const at = value.indexOf('=');
        if (at <= 0 || at === value.length - 1)
            throw new errors_1.UserError(`--output: expected format=file, got "${value}"`, { hint: 'e.g. --output json=report.json' });
        return { format: parseFormat(value.slice(0, at), '--output'), file: value.slice(at + 1) };
    });
}
/** `--workers <n>`: threads to use, a whole number of at least 1; undefined when not given. */
function parseWorkers(value) {
    if (value === undefined)
        return undefined;
    const workers = Number(value);
    if (!Number.isInteger(workers) || workers < 1)
        throw new errors_1.UserError(`--workers: expected a whole number of at least 1, got "${value}"`);
    return workers;
}


/***/ }),

/***/ 4932:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OPTIONS = exports.BOT_HELP = void 0;
exports.runBotCommand = runBotCommand;
const config_1 = __webpack_require__(94515);
const index_1 = __webpack_require__(60339);
const errors_1 = __webpack_require__(74296);
const command_args_1 = __webpack_require__(2449);
const stderr_log_1 = __webpack_require__(80319);
exports.BOT_HELP = `stackgate bot [--port 3000] [--host 0.0.0.0] — run the stackgate GitHub App

A server for GitHub's webhooks. As a custom deployment protection rule it evaluates the gate of
stackgate.yml (at the deployment's commit) for every job that targets a protected environment, and
approves or rejects it with a link to the audit record; on pull requests it posts the readiness
comment. Deliveries are verified (X-Hub-Signature-256), stored in a durable queue, and worked on
with retries: a restart loses nothing. See docs/bot.md.

Options:
      --port <n>     port to listen on (default 3000)
      --host <addr>  address to listen on (default 0.0.0.0)
      --debug        print stack traces of internal errors
  -h, --help         this help

Configured by environment:
  STACKGATE_APP_ID                  the App's id
  STACKGATE_APP_PRIVATE_KEY         the App's private key (PEM), or
  STACKGATE_APP_PRIVATE_KEY_FILE    a file with it
  STACKGATE_WEBHOOK_SECRET          the webhook secret
  GITHUB_API_URL                    default https://api.github.com (GitHub Enterprise Server: https://HOST/api/v3)
  DATABASE_URL                      PostgreSQL, for several replicas; else
  STACKGATE_DATA_DIR                the embedded database's directory (default ./.stackgate-bot)
  STACKGATE_PUBLIC_URL              the bot's public URL, for links to audit records (GET /audits/<id>)
  STACKGATE_PROMETHEUS_TOKEN        bearer token for gate.prometheus
  STACKGATE_BOT_CONCURRENCY         jobs worked on at once per process (default 4)

Endpoints: POST /webhook, GET /healthz, GET /readyz, GET /metrics, GET /audits/<id>.
SIGTERM or SIGINT stops taking deliveries and lets the jobs in hand finish.

Exit codes: 0 stopped by a signal, 2 configuration error.
`;
exports.OPTIONS = {
    ...command_args_1.BASE_OPTIONS,
    port: { type: 'string' },
    host: { type: 'string' },
};
async function runBotCommand(args, io) {
    const { values, positionals } = (0, command_args_1.parseCommandArgs)(args, exports.OPTIONS);
    if (values.help) {
        io.stdout.write(exports.BOT_HELP);
        return 0;
    }
    if (positionals.length)
        throw new errors_1.UserError(`bot takes no arguments, got "${positionals[0]}"`, { hint: 'stackgate bot --port 3000' });
    const port = values.port === undefined ? 3000 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new errors_1.UserError(`--port: expected a port number (0-65535), got "${values.port}"`);
    const host = values.host ?? '0.0.0.0';
    const config = (0, config_1.readBotConfig)(io.env);
    const log = (0, stderr_log_1.stderrLog)(io, !!values.debug);
    const bot = await (0, index_1.startBot)({ config, port, host, log, workerEntry: io.workerEntry });
    io.stderr.write(`stackgate bot: App ${config.appId}, listening on ${bot.url} (${config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : `embedded database in ${config.dataDir}`})\n`);
    await new Promise((resolve) => {
        if (!io.onShutdown)
            return; // Tests stop it through the process.
        io.onShutdown((signal) => {
            io.stderr.write(`stackgate bot: ${signal}: finishing the jobs in hand\n`);
            resolve();
        });
    });
    await bot.close();
    io.stderr.write('stackgate bot: stopped\n');
    return 0;
}


/***/ }),

/***/ 26201:
/***/ ((__unused_webpack_module, exports) => {


/**
 * How long the bot's queue waits before it retries a failed job: exponential backoff with full
 * jitter (a uniformly random delay between 0 and base × 2^(attempts − 1), capped at `maxMs`), so
 * replicas that failed together do not retry together.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.retryDelayMs = retryDelayMs;
/**
 * The delay before the next attempt, in milliseconds, after `attempts` attempts (1 after the first
 * failure; anything below 1 counts as 1). `random` returns a number in [0, 1), as Math.random does; tests pass a fixed one.
 */
function retryDelayMs(attempts, baseMs = 2000, maxMs = 300_000, random = Math.random) {
    const exponent = Number.isFinite(attempts) ? Math.max(0, Math.floor(attempts) - 1) : 0;
    const ceiling = Math.min(maxMs, baseMs * 2 ** exponent);
    const r = Math.min(Math.max(random(), 0), 1);
    return Math.floor(r * ceiling);
}


/***/ })

};
;